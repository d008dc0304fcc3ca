package org.marketaccess.portal.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.marketaccess.portal.shared.PlainText;
import org.marketaccess.portal.shared.TextRules;

/**
 * A person registering an account together with a new startup or provider organization. The
 * password rules are those of {@link org.marketaccess.portal.identity.PasswordPolicy}.
 */
public record Registration(
        @NotBlank(message = "{account.name.required}") @Size(max = 120, message = "{account.name.size}") @PlainText
        String fullName,

        @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.size}")
        @PlainText
        String email,

        String password,
        @NotNull(message = "{organization.type.required}") OrganizationType type,

        @NotBlank(message = "{organization.name.required}")
        @Size(max = 200, message = "{organization.name.size}")
        @PlainText
        String organizationName,

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

        @NotBlank(message = "{contact.name.required}") @Size(max = 120, message = "{contact.name.size}") @PlainText
        String contactName,

        @NotBlank(message = "{contact.email.required}")
        @Email(message = "{contact.email.invalid}")
        @Size(max = 254, message = "{contact.email.size}")
        @PlainText
        String contactEmail,

        @Size(max = 40, message = "{contact.phone.size}")
        @Pattern(regexp = "^$|^[+()0-9 ./-]{5,40}$", message = "{contact.phone.invalid}")
        @PlainText
        String contactPhone,

        boolean listedInDirectory,

        /** The cluster the organization joins; blank for the one of its region. */
        @Size(max = 64, message = "{cluster.unknown}") @PlainText
        String cluster) {

    /** A registration whose cluster follows from its region. */
    public Registration(
            String fullName,
            String email,
            String password,
            OrganizationType type,
            String organizationName,
            String website,
            String region,
            String description,
            String contactName,
            String contactEmail,
            String contactPhone,
            boolean listedInDirectory) {
        this(
                fullName,
                email,
                password,
                type,
                organizationName,
                website,
                region,
                description,
                contactName,
                contactEmail,
                contactPhone,
                listedInDirectory,
                null);
    }

    public Registration {
        website = Websites.withScheme(website);
    }

    /** The same registration with surrounding whitespace removed, as people paste it; the password is kept. */
    public Registration stripped() {
        return new Registration(
                strip(fullName),
                strip(email),
                password,
                type,
                strip(organizationName),
                strip(website),
                strip(region),
                strip(description),
                strip(contactName),
                strip(contactEmail),
                strip(contactPhone),
                listedInDirectory,
                strip(cluster));
    }

    private static String strip(String value) {
        return value == null ? null : TextRules.normalize(value).strip();
    }

    @Override
    public String toString() {
        return "Registration[email=" + email + ", organization=" + organizationName + ", type=" + type + "]";
    }
}
