package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.marketaccess.portal.identity.PasswordPolicy;
import org.marketaccess.portal.identity.PasswordService;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.FieldErrors;

/** The account page's password section: the current password, and the new one twice. */
class PasswordSection extends Section {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button change = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private final PasswordService passwords;

    PasswordSection(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("account-section");
        current.setLabel(getTranslation("account.password.current"));
        current.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(
                getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("account.password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        change.setText(getTranslation("account.password.submit"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> change());
        errors.field("currentPassword", current)
                .field("newPassword", newPassword)
                .field("repeat", repeat);

        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(
                new H3(getTranslation("account.password.section")),
                new Paragraph(getTranslation("account.password.intro")),
                form,
                change);
    }

    private void change() {
        errors.clear();
        if (!newPassword.getValue().equals(repeat.getValue())) {
            errors.show(Map.of("repeat", "reset-password.repeat.mismatch"));
            return;
        }
        try {
            passwords.changePassword(current.getValue(), newPassword.getValue());
        } catch (InvalidInputException invalid) {
            errors.show(invalid.fieldErrors());
            return;
        }
        current.clear();
        newPassword.clear();
        repeat.clear();
        Notification.show(getTranslation("account.password.changed"), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
