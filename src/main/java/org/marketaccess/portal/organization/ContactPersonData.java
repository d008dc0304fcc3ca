package org.marketaccess.portal.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.marketaccess.portal.shared.PlainText;

/** A person the other side may contact once an introduction is made. Never shown in the directory. */
public record ContactPersonData(
        @NotBlank(message = "{contact.name.required}") @Size(max = 120, message = "{contact.name.size}") @PlainText
        String name,

        @NotBlank(message = "{contact.email.required}")
        @Email(message = "{contact.email.invalid}")
        @Size(max = 254, message = "{contact.email.size}")
        @PlainText
        String email,

        @Size(max = 40, message = "{contact.phone.size}")
        @Pattern(regexp = "^$|^[+()0-9 ./-]{5,40}$", message = "{contact.phone.invalid}")
        @PlainText
        String phone) {}
