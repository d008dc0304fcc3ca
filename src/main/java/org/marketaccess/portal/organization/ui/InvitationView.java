package org.marketaccess.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.marketaccess.portal.identity.PasswordPolicy;
import org.marketaccess.portal.organization.InvitationService;
import org.marketaccess.portal.organization.OpenInvitation;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.FieldErrors;
import org.marketaccess.portal.shared.ui.LanguageMenu;

/** Where an invitation link leads: the invited colleague chooses their name and password and joins. */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final Button join = new Button();
    private final Div content = new Div();
    private final FieldErrors errors = new FieldErrors(this);
    private final InvitationService invitations;
    private String token;

    InvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("invitation-view");
        add(LanguageMenu.forPage());
        content.addClassName("narrow-form");
        add(content);
        name.setLabel(getTranslation("invitation.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("invitation.password"));
        password.setHelperText(
                getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        errors.field("name", name).field("password", password);
        join.setText(getTranslation("invitation.join"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(click -> join());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        token = parameter;
        content.removeAll();
        invitations.open(token).ifPresentOrElse(this::showForm, this::showUnusable);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.join") + " · " + getTranslation("app.name");
    }

    private void showForm(OpenInvitation invitation) {
        content.add(
                new H1(getTranslation("invitation.title", invitation.organizationName())),
                new Paragraph(getTranslation("invitation.intro", invitation.organizationName(), invitation.email())),
                new FormLayout(name, password),
                join);
    }

    private void showUnusable() {
        Paragraph unusable = new Paragraph(getTranslation("invitation.unusable"));
        unusable.setId("invitation-unusable");
        content.add(
                new H1(getTranslation("invitation.join")),
                unusable,
                new Anchor("login", getTranslation("login.title")));
    }

    private void join() {
        try {
            invitations.accept(token, name.getValue(), password.getValue());
        } catch (InvalidInputException invalid) {
            if (invalid.fieldErrors().containsKey("token")
                    || invalid.fieldErrors().containsKey("email")) {
                content.removeAll();
                showUnusable();
                return;
            }
            errors.show(invalid.fieldErrors());
            return;
        }
        content.removeAll();
        Paragraph joined = new Paragraph(getTranslation("invitation.joined"));
        joined.setId("invitation-joined");
        content.add(
                new H1(getTranslation("invitation.join")),
                joined,
                new Anchor("login", getTranslation("registration.done.login")));
    }
}
