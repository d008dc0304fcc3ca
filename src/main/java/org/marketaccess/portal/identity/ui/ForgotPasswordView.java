package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.marketaccess.portal.identity.PasswordService;
import org.marketaccess.portal.shared.ui.LanguageMenu;

/**
 * "Forgot password?": asks for the address and answers the same whether or not an account uses it
 * (docs/decisions/021).
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Div form = new Div();
    private final PasswordService passwords;

    ForgotPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("forgot-password-view");
        add(LanguageMenu.forPage());
        setAlignItems(Alignment.CENTER);

        email.setLabel(getTranslation("forgot-password.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setMaxLength(254);
        send.setText(getTranslation("forgot-password.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        send.addClickListener(click -> send());

        form.addClassName("narrow-form");
        add(form);
        showForm();
    }

    private void showForm() {
        form.removeAll();
        form.add(
                new H1(getTranslation("forgot-password.title")),
                new Paragraph(getTranslation("forgot-password.intro")),
                email,
                send,
                new Paragraph(new Anchor("login", getTranslation("forgot-password.back"))));
        email.focus();
    }

    private void send() {
        String address = email.getValue().strip();
        if (address.isEmpty() || email.isInvalid()) {
            email.setErrorMessage(getTranslation("account.email.required"));
            email.setInvalid(true);
            return;
        }
        passwords.requestReset(address);
        form.removeAll();
        Button again = new Button(getTranslation("forgot-password.again"), click -> showForm());
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div sent = new Div(
                new H1(getTranslation("forgot-password.sent.title")),
                new Paragraph(getTranslation("forgot-password.sent.message", address)),
                again,
                new Paragraph(new Anchor("login", getTranslation("forgot-password.back"))));
        sent.setId("forgot-password-sent");
        form.add(sent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot-password.title") + " · " + getTranslation("app.name");
    }
}
