package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.marketaccess.portal.identity.LinkState;
import org.marketaccess.portal.identity.PasswordPolicy;
import org.marketaccess.portal.identity.PasswordService;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.FieldErrors;
import org.marketaccess.portal.shared.ui.LanguageMenu;

/**
 * Opened from the reset mail: sets a new password through the single-use link, or says that the
 * link was used or has expired and offers a new one.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Div content = new Div();
    private final FieldErrors errors = new FieldErrors(this);
    private final PasswordService passwords;
    private String secret;

    ResetPasswordView(PasswordService passwords) {
        this.passwords = passwords;
        addClassName("reset-password-view");
        add(LanguageMenu.forPage());
        setAlignItems(Alignment.CENTER);
        password.setLabel(getTranslation("reset-password.password"));
        password.setHelperText(
                getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        repeat.setLabel(getTranslation("reset-password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setWidthFull();
        save.setText(getTranslation("reset-password.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        errors.field("password", password).field("repeat", repeat);
        content.addClassName("narrow-form");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        LinkProblem.hideSecret(event.getUI(), this, "reset-password");
        LinkState state = passwords.resetLinkState(secret);
        if (state == LinkState.VALID) {
            content.add(
                    new H1(getTranslation("reset-password.title")),
                    new Paragraph(getTranslation("reset-password.intro")),
                    password,
                    repeat,
                    save);
        } else {
            showProblem(state);
        }
    }

    private void save() {
        if (!password.getValue().equals(repeat.getValue())) {
            errors.show(Map.of("repeat", "reset-password.repeat.mismatch"));
            return;
        }
        try {
            passwords.reset(secret, password.getValue());
        } catch (InvalidInputException invalid) {
            if (invalid.fieldErrors().containsKey("token")) {
                // used in another tab meanwhile, or expired while the person typed
                showProblem(passwords.resetLinkState(secret));
            } else {
                errors.show(invalid.fieldErrors());
            }
            return;
        }
        content.removeAll();
        Div done = new Div(
                new H1(getTranslation("reset-password.done.title")),
                new Paragraph(getTranslation("reset-password.done.message")),
                new Anchor("login", getTranslation("reset-password.done.login")));
        done.setId("reset-password-done");
        content.add(done);
    }

    private void showProblem(LinkState state) {
        content.removeAll();
        content.add(
                new H1(getTranslation("reset-password.title")),
                LinkProblem.of(content, state),
                new Anchor("forgot-password", getTranslation("forgot-password.again")),
                new Paragraph(new Anchor("login", getTranslation("forgot-password.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset-password.title") + " · " + getTranslation("app.name");
    }
}
