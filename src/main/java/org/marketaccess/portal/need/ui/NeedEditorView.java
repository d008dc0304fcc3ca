package org.marketaccess.portal.need.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.FieldErrors;
import org.marketaccess.portal.shared.ui.TermFields;
import org.marketaccess.portal.shared.ui.UnverifiedNotice;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;
import org.springframework.dao.OptimisticLockingFailureException;

/** Writes a new need or changes one of the startup's own: save as draft, publish, close. */
@Route("needs/edit")
@RolesAllowed(Roles.STARTUP)
class NeedEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<String> sought;
    final MultiSelectComboBox<String> categories;
    final MultiSelectComboBox<String> clinicalAreas;
    final MultiSelectComboBox<String> careSettings;
    final Select<String> stage;
    final MultiSelectComboBox<String> certifications;
    final MultiSelectComboBox<String> integrations;
    final MultiSelectComboBox<String> regions;
    final Checkbox anonymous = new Checkbox();
    final Button save = new Button();
    final Button publish = new Button();
    final Button close = new Button();
    final Span status = new Span();
    final Div formError = new Div();
    private final H2 heading = new H2();
    private final FieldErrors errors = new FieldErrors(this);
    private final NeedService needs;
    private NeedId id;
    private long version;

    NeedEditorView(NeedService needs, TaxonomyService taxonomy, OrganizationService organizations) {
        this.needs = needs;
        addClassName("posting-editor");
        title.setLabel(getTranslation("posting.title"));
        title.setMaxLength(NeedService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        description.setLabel(getTranslation("need.description"));
        description.setHelperText(getTranslation("need.description.help"));
        description.setMaxLength(NeedService.DESCRIPTION_MAX);
        description.setWidthFull();
        description.setMinHeight("12em");
        sought = multi(taxonomy, TaxonomyKind.SOUGHT, "need.sought");
        categories = multi(taxonomy, TaxonomyKind.CATEGORY, "posting.categories");
        clinicalAreas = multi(taxonomy, TaxonomyKind.CLINICAL_AREA, "posting.clinical-areas");
        careSettings = multi(taxonomy, TaxonomyKind.CARE_SETTING, "posting.care-settings");
        certifications = multi(taxonomy, TaxonomyKind.CERTIFICATION, "need.certifications");
        integrations = multi(taxonomy, TaxonomyKind.INTEGRATION, "need.integrations");
        regions = multi(taxonomy, TaxonomyKind.REGION, "need.regions");
        stage = TermFields.single(
                getTranslation("need.stage"),
                taxonomy.terms(TaxonomyKind.STAGE).stream().map(Term::code).toList(),
                code -> taxonomy.label(TaxonomyKind.STAGE, code),
                getTranslation("posting.none"));
        anonymous.setLabel(getTranslation("posting.anonymous"));

        errors.field("title", title)
                .field("description", description)
                .field("sought", sought)
                .field("categories", categories)
                .field("clinicalAreas", clinicalAreas)
                .field("careSettings", careSettings)
                .field("stage", stage)
                .field("certifications", certifications)
                .field("integrations", integrations)
                .field("regions", regions);

        save.setText(getTranslation("posting.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> act(this::saveDraft, "posting.saved"));
        publish.setText(getTranslation("posting.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> act(
                () -> {
                    saveDraft();
                    return needs.publish(id, version);
                },
                "posting.published"));
        close.setText(getTranslation("posting.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> act(() -> needs.close(id, version), "posting.closed"));
        formError.addClassName("form-error");
        formError.setVisible(false);

        FormLayout taxonomyFields = new FormLayout(
                sought, stage, categories, clinicalAreas, careSettings, regions, certifications, integrations);
        add(
                heading,
                new HorizontalLayout(new Span(getTranslation("postings.status") + ":"), status),
                title,
                description,
                taxonomyFields,
                anonymous,
                formError,
                new HorizontalLayout(save, publish, close));
        show(null);
        if (!organizations.currentMembership().map(MemberOf::verified).orElse(false)) {
            UnverifiedNotice.lock(this, heading);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter == null) {
            show(null);
            return;
        }
        NeedDetails details =
                needs.find(NeedId.parse(parameter)).filter(NeedDetails::mine).orElse(null);
        if (details == null) {
            removeAll();
            add(new H2(getTranslation("posting.not-found.title")), new Paragraph(getTranslation("posting.not-found")));
            return;
        }
        show(details);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "needs.new" : "needs.edit");
    }

    NeedDraft draft() {
        return new NeedDraft(
                title.getValue(),
                description.getValue(),
                TermFields.values(sought),
                TermFields.values(categories),
                TermFields.values(clinicalAreas),
                TermFields.values(careSettings),
                stage.getValue(),
                TermFields.values(certifications),
                TermFields.values(integrations),
                TermFields.values(regions),
                anonymous.getValue());
    }

    private NeedDetails saveDraft() {
        if (id == null) {
            id = needs.create(draft());
            NeedDetails created = needs.find(id).orElseThrow();
            version = created.version();
            return created;
        }
        NeedDetails updated = needs.update(id, draft(), version);
        version = updated.version();
        return updated;
    }

    private void act(Supplier<NeedDetails> action, String doneKey) {
        formError.setVisible(false);
        try {
            NeedDetails result = action.get();
            errors.clear();
            show(result);
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "needs/edit/" + id));
        } catch (InvalidInputException invalid) {
            String unplaced = errors.show(invalid.fieldErrors());
            formError.setText(unplaced == null ? getTranslation("posting.fix-errors") : unplaced);
            formError.setVisible(true);
        } catch (OptimisticLockingFailureException | IllegalTransitionException stale) {
            formError.setText(getTranslation("posting.changed-elsewhere"));
            formError.setVisible(true);
        }
    }

    private void show(NeedDetails details) {
        if (details == null) {
            id = null;
            version = 0;
            heading.setText(getTranslation("needs.new"));
            status.setText(getTranslation("posting.status.DRAFT"));
            publish.setVisible(true);
            close.setVisible(false);
            return;
        }
        id = details.id();
        version = details.version();
        NeedDraft content = details.content();
        heading.setText(getTranslation("needs.edit"));
        title.setValue(content.title() == null ? "" : content.title());
        description.setValue(content.description() == null ? "" : content.description());
        sought.setValue(content.sought());
        categories.setValue(content.categories());
        clinicalAreas.setValue(content.clinicalAreas());
        careSettings.setValue(content.careSettings());
        stage.setValue(content.stage());
        certifications.setValue(content.certifications());
        integrations.setValue(content.integrations());
        regions.setValue(content.regions());
        anonymous.setValue(content.anonymous());
        status.setText(getTranslation("posting.status." + details.status()));
        boolean editable = details.status().editable();
        save.setEnabled(editable);
        publish.setVisible(details.status() == PostingStatus.DRAFT);
        close.setVisible(editable);
    }

    private MultiSelectComboBox<String> multi(TaxonomyService taxonomy, TaxonomyKind kind, String labelKey) {
        return TermFields.multi(
                getTranslation(labelKey),
                taxonomy.terms(kind).stream().map(Term::code).toList(),
                code -> taxonomy.label(kind, code));
    }
}
