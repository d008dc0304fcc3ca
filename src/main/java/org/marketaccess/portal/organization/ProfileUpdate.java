package org.marketaccess.portal.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.marketaccess.portal.shared.PlainText;

/** A member's change to their organization's profile; {@code version} guards against lost updates. */
public record ProfileUpdate(
        @NotBlank(message = "{organization.name.required}")
        @Size(max = 200, message = "{organization.name.size}")
        @PlainText
        String name,

        @Size(max = 300, message = "{organization.website.size}")
        @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{organization.website.invalid}")
        @PlainText
        String website,

        @NotBlank(message = "{organization.region.required}") @PlainText
        String region,

        @NotBlank(message = "{organization.description.required}")
        @Size(max = 4000, message = "{organization.description.size}")
        @PlainText(multiLine = true)
        String description,

        boolean listedInDirectory,
        @NotNull @Valid ContactPersonData contact,
        long version) {

    public ProfileUpdate {
        website = Websites.withScheme(website);
    }
}
