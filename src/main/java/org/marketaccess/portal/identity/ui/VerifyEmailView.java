package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.marketaccess.portal.identity.EmailVerificationService;
import org.marketaccess.portal.identity.LinkState;
import org.marketaccess.portal.shared.ui.LanguageMenu;

/**
 * Opened from the verification mail: confirms the address and says what happens next. Without a
 * working link it offers to send a new one, answering the same for any address.
 */
@Route(value = "verify-email", autoLayout = false)
@AnonymousAllowed
class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button resend = new Button();
    final Div content = new Div();
    private final EmailVerificationService verifications;

    VerifyEmailView(EmailVerificationService verifications) {
        this.verifications = verifications;
        addClassName("verify-email-view");
        add(LanguageMenu.forPage());
        setAlignItems(Alignment.CENTER);
        email.setLabel(getTranslation("forgot-password.email"));
        email.setMaxLength(254);
        email.setWidthFull();
        resend.setText(getTranslation("verify-email.resend.submit"));
        resend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resend.addClickListener(click -> resend());
        content.addClassName("narrow-form");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String secret = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
        LinkProblem.hideSecret(event.getUI(), this, "verify-email");
        if (secret == null) {
            showResend();
            return;
        }
        LinkState state = verifications.verify(secret);
        if (state == LinkState.VALID) {
            Div done = new Div(
                    new H1(getTranslation("verify-email.done.title")),
                    new Paragraph(getTranslation("verify-email.done.message")),
                    new Anchor("login", getTranslation("reset-password.done.login")));
            done.setId("verify-email-done");
            content.add(done);
        } else if (state == LinkState.USED) {
            content.add(
                    new H1(getTranslation("verify-email.title")),
                    new Paragraph(getTranslation("verify-email.used")),
                    new Anchor("login", getTranslation("reset-password.done.login")));
        } else {
            content.add(new H1(getTranslation("verify-email.title")), LinkProblem.of(content, state));
            showResend();
        }
    }

    private void showResend() {
        if (content.getChildren().findAny().isEmpty()) {
            content.add(new H1(getTranslation("verify-email.title")));
        }
        content.add(new Paragraph(getTranslation("verify-email.resend.intro")), email, resend);
    }

    private void resend() {
        String address = email.getValue().strip();
        if (address.isEmpty() || email.isInvalid()) {
            email.setErrorMessage(getTranslation("account.email.required"));
            email.setInvalid(true);
            return;
        }
        verifications.resend(address);
        content.removeAll();
        Div sent = new Div(
                new H1(getTranslation("forgot-password.sent.title")),
                new Paragraph(getTranslation("verify-email.resend.sent", address)),
                new Anchor("login", getTranslation("forgot-password.back")));
        sent.setId("verify-email-sent");
        content.add(sent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify-email.title") + " · " + getTranslation("app.name");
    }
}
