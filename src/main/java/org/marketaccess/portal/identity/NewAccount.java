package org.marketaccess.portal.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.marketaccess.portal.shared.PlainText;

/** An account to create. The password is checked against {@link PasswordPolicy}. */
public record NewAccount(
        @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = 254)
        @PlainText
        String email,

        @NotBlank(message = "{account.name.required}") @Size(max = 120, message = "{account.name.size}") @PlainText
        String displayName,

        String password,
        String role) {

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", role=" + role + "]";
    }
}
