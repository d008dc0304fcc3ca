package org.marketaccess.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.marketaccess.portal.cluster.Cluster;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.identity.PasswordPolicy;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.Registration;
import org.marketaccess.portal.organization.RegistrationService;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.FieldErrors;
import org.marketaccess.portal.shared.ui.LanguageMenu;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;

/** Anyone registers an account together with a new startup or provider. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final RadioButtonGroup<OrganizationType> type = new RadioButtonGroup<>();
    final TextField organizationName = new TextField();
    final TextField website = new TextField();
    final Select<String> region = new Select<>();
    /** Follows the region until chosen otherwise (decision 028). */
    final Select<String> cluster = new Select<>();

    final TextArea description = new TextArea();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final Checkbox listedInDirectory = new Checkbox();
    final Button register = new Button();
    final Div formError = new Div();
    private final FieldErrors errors = new FieldErrors(this);
    private final RegistrationService registrations;

    RegistrationView(RegistrationService registrations, TaxonomyService taxonomy, ClusterService clusters) {
        this.registrations = registrations;
        addClassName("registration-view");
        add(LanguageMenu.forPage());
        setAlignItems(Alignment.CENTER);

        fullName.setLabel(getTranslation("registration.full-name"));
        email.setLabel(getTranslation("registration.email"));
        password.setLabel(getTranslation("registration.password"));
        password.setHelperText(
                getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        type.setLabel(getTranslation("registration.type"));
        type.setItems(OrganizationType.values());
        type.setItemLabelGenerator(value -> getTranslation("organization.type." + value));
        organizationName.setLabel(getTranslation("organization.name"));
        organizationName.setMaxLength(200);
        website.setLabel(getTranslation("organization.website"));
        website.setPlaceholder("www.example.org");
        region.setLabel(getTranslation("organization.region"));
        region.setItems(
                taxonomy.terms(TaxonomyKind.REGION).stream().map(Term::code).toList());
        region.setItemLabelGenerator(code -> taxonomy.label(TaxonomyKind.REGION, code));
        cluster.setLabel(getTranslation("organization.cluster"));
        cluster.setHelperText(getTranslation("organization.cluster.help"));
        cluster.setItems(clusters.all().stream().map(Cluster::code).toList());
        cluster.setItemLabelGenerator(clusters::name);
        region.addValueChangeListener(changed -> {
            if (changed.getValue() != null) {
                cluster.setValue(clusters.forRegion(changed.getValue()));
            }
        });
        description.setLabel(getTranslation("organization.description"));
        description.setMaxLength(4000);
        description.setHelperText(getTranslation("organization.description.help"));
        contactName.setLabel(getTranslation("contact.name"));
        contactEmail.setLabel(getTranslation("contact.email"));
        contactPhone.setLabel(getTranslation("contact.phone"));
        listedInDirectory.setLabel(getTranslation("organization.listed"));
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {
            fullName, email, password, type, organizationName, region, description, contactName, contactEmail
        }) {
            field.setRequiredIndicatorVisible(true);
        }

        errors.field("fullName", fullName)
                .field("email", email)
                .field("password", password)
                .field("type", type)
                .field("organizationName", organizationName)
                .field("website", website)
                .field("region", region)
                .field("cluster", cluster)
                .field("description", description)
                .field("contactName", contactName)
                .field("contactEmail", contactEmail)
                .field("contactPhone", contactPhone);

        FormLayout you = new FormLayout(fullName, email, password);
        FormLayout organization = new FormLayout(type, organizationName, website, region, cluster, description);
        organization.setColspan(description, 2);
        FormLayout contact = new FormLayout(contactName, contactEmail, contactPhone);

        register.setText(getTranslation("registration.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(click -> submit());
        formError.addClassName("form-error");
        formError.setVisible(false);

        Div form = new Div(
                new H1(getTranslation("registration.title")),
                new Paragraph(getTranslation("registration.intro")),
                new H3(getTranslation("registration.section.you")),
                you,
                new H3(getTranslation("registration.section.organization")),
                organization,
                new H3(getTranslation("registration.section.contact")),
                new Paragraph(getTranslation("registration.contact.help")),
                contact,
                listedInDirectory,
                formError,
                register,
                new Paragraph(new Anchor("login", getTranslation("registration.have-account"))));
        form.addClassName("narrow-form");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " · " + getTranslation("app.name");
    }

    Registration registration() {
        return new Registration(
                fullName.getValue(),
                email.getValue(),
                password.getValue(),
                type.getValue(),
                organizationName.getValue(),
                website.getValue(),
                region.getValue(),
                description.getValue(),
                contactName.getValue(),
                contactEmail.getValue(),
                contactPhone.getValue(),
                listedInDirectory.getValue(),
                cluster.getValue());
    }

    private void submit() {
        formError.setVisible(false);
        try {
            registrations.signUp(registration());
        } catch (InvalidInputException invalid) {
            showErrors(invalid.fieldErrors());
            return;
        }
        // the same answer whether or not the address had an account (docs/decisions/021)
        String address = email.getValue().strip();
        removeAll();
        Div done = new Div(
                new H1(getTranslation("registration.done.title")),
                new Paragraph(getTranslation("registration.done.check-email", address)),
                new Paragraph(new Anchor("verify-email", getTranslation("registration.done.resend"))),
                new Anchor("login", getTranslation("registration.done.login")));
        done.addClassName("narrow-form");
        done.setId("registration-done");
        add(done);
    }

    private void showErrors(Map<String, String> fieldErrors) {
        String unplaced = errors.show(fieldErrors);
        formError.setText(unplaced == null ? getTranslation("registration.fix-errors") : unplaced);
        formError.setVisible(true);
    }
}
