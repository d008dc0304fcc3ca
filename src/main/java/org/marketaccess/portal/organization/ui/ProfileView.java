package org.marketaccess.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.organization.ColleagueService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.ProfileUpdate;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.FieldErrors;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;
import org.springframework.dao.OptimisticLockingFailureException;

/** A member keeps their organization's profile; open whatever the verification status. */
@Route("profile")
@Menu(title = "nav.profile", order = 80, icon = "vaadin:building")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextField website = new TextField();
    final Select<String> region = new Select<>();
    final TextArea description = new TextArea();
    final Checkbox listedInDirectory = new Checkbox();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final Button save = new Button();
    final Span status = new Span();
    private final Paragraph statusReason = new Paragraph();
    final Paragraph nameReview = new Paragraph();
    private final FieldErrors errors = new FieldErrors(this);
    private final OrganizationService organizations;
    private long version;

    ProfileView(OrganizationService organizations, ColleagueService colleagues, TaxonomyService taxonomy) {
        this.organizations = organizations;
        addClassName("profile-view");

        name.setLabel(getTranslation("organization.name"));
        name.setMaxLength(200);
        website.setLabel(getTranslation("organization.website"));
        region.setLabel(getTranslation("organization.region"));
        region.setItems(
                taxonomy.terms(TaxonomyKind.REGION).stream().map(Term::code).toList());
        region.setItemLabelGenerator(code -> taxonomy.label(TaxonomyKind.REGION, code));
        description.setLabel(getTranslation("organization.description"));
        description.setMaxLength(4000);
        listedInDirectory.setLabel(getTranslation("organization.listed"));
        contactName.setLabel(getTranslation("contact.name"));
        contactEmail.setLabel(getTranslation("contact.email"));
        contactPhone.setLabel(getTranslation("contact.phone"));
        errors.field("name", name)
                .field("website", website)
                .field("region", region)
                .field("description", description)
                .field("contact.name", contactName)
                .field("contact.email", contactEmail)
                .field("contact.phone", contactPhone);

        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        status.setId("organization-status");

        FormLayout form = new FormLayout(name, website, region, description);
        form.setColspan(description, 2);
        FormLayout contact = new FormLayout(contactName, contactEmail, contactPhone);
        Div wrapper = new Div(
                new H2(getTranslation("profile.title")),
                new Div(new Span(getTranslation("home.organization.status") + ": "), status),
                statusReason,
                nameReview,
                form,
                listedInDirectory,
                new H3(getTranslation("registration.section.contact")),
                new Paragraph(getTranslation("registration.contact.help")),
                contact,
                save);
        wrapper.addClassName("narrow-form");
        add(wrapper);
        organizations
                .myOrganization()
                .ifPresentOrElse(
                        profile -> {
                            show(profile);
                            ColleaguesPanel members = new ColleaguesPanel(colleagues, profile);
                            members.addClassName("narrow-form");
                            add(members);
                        },
                        () -> {
                            removeAll();
                            add(new Paragraph(getTranslation("home.member.no-organization")));
                        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }

    private void show(OrganizationProfile profile) {
        version = profile.version();
        name.setValue(profile.proposedName() == null ? profile.name() : profile.proposedName());
        nameReview.setId("name-review");
        if (profile.proposedName() != null) {
            nameReview.setText(getTranslation("profile.name.proposed", profile.proposedName(), profile.name()));
        } else if (profile.nameReviewNote() != null) {
            nameReview.setText(getTranslation("profile.name.declined", profile.nameReviewNote()));
        } else {
            nameReview.setText("");
        }
        website.setValue(profile.website() == null ? "" : profile.website());
        region.setValue(profile.region());
        description.setValue(profile.description());
        listedInDirectory.setValue(profile.listedInDirectory());
        if (!profile.contacts().isEmpty()) {
            ContactPersonData contact = profile.contacts().getFirst();
            contactName.setValue(contact.name());
            contactEmail.setValue(contact.email());
            contactPhone.setValue(contact.phone() == null ? "" : contact.phone());
        }
        status.setText(getTranslation("organization.status." + profile.status()));
        status.setClassName("status-badge status-" + profile.status().name().toLowerCase());
        statusReason.setText(
                profile.statusReason() == null
                        ? ""
                        : getTranslation("home.organization.reason", profile.statusReason()));
    }

    private void save() {
        ProfileUpdate update = new ProfileUpdate(
                name.getValue(),
                website.getValue(),
                region.getValue(),
                description.getValue(),
                listedInDirectory.getValue(),
                new ContactPersonData(contactName.getValue(), contactEmail.getValue(), contactPhone.getValue()),
                version);
        try {
            OrganizationProfile saved = organizations.updateMyProfile(update);
            errors.clear();
            show(saved);
            Notification.show(getTranslation("profile.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException invalid) {
            String unplaced = errors.show(invalid.fieldErrors());
            if (unplaced != null) {
                Notification.show(unplaced, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        } catch (OptimisticLockingFailureException stale) {
            Notification.show(getTranslation("error.stale"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
