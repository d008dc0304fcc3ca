package org.marketaccess.portal.opportunity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
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

/** Writes a new pilot opportunity or changes one of the provider's own. */
@Route("opportunities/edit")
@RolesAllowed(Roles.PROVIDER)
class OpportunityEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea problemStatement = new TextArea();
    final TextArea desiredOutcomes = new TextArea();
    final MultiSelectComboBox<String> categories;
    final MultiSelectComboBox<String> clinicalAreas;
    final MultiSelectComboBox<String> careSettings;
    final MultiSelectComboBox<String> requiredCertifications;
    final MultiSelectComboBox<String> requiredIntegrations;
    final Select<String> minimumStage;
    final Select<String> region;
    final Select<String> budgetBand;
    final TextField timeline = new TextField();
    final DatePicker responseDeadline = new DatePicker();
    final Checkbox anonymous = new Checkbox();
    final Button save = new Button();
    final Button publish = new Button();
    final Button award = new Button();
    final Button close = new Button();
    final Span status = new Span();
    final Paragraph expiredNote = new Paragraph();
    final Div formError = new Div();
    private final H2 heading = new H2();
    private final FieldErrors errors = new FieldErrors(this);
    private final OpportunityService opportunities;
    private OpportunityId id;
    private long version;

    OpportunityEditorView(
            OpportunityService opportunities, TaxonomyService taxonomy, OrganizationService organizations) {
        this.opportunities = opportunities;
        addClassName("posting-editor");
        title.setLabel(getTranslation("posting.title"));
        title.setMaxLength(OpportunityService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        problemStatement.setLabel(getTranslation("opportunity.problemStatement"));
        problemStatement.setHelperText(getTranslation("opportunity.problemStatement.help"));
        problemStatement.setMaxLength(OpportunityService.PROBLEM_MAX);
        problemStatement.setWidthFull();
        problemStatement.setMinHeight("10em");
        desiredOutcomes.setLabel(getTranslation("opportunity.desiredOutcomes"));
        desiredOutcomes.setMaxLength(OpportunityService.OUTCOMES_MAX);
        desiredOutcomes.setWidthFull();
        categories = multi(taxonomy, TaxonomyKind.CATEGORY, "posting.categories");
        clinicalAreas = multi(taxonomy, TaxonomyKind.CLINICAL_AREA, "posting.clinical-areas");
        careSettings = multi(taxonomy, TaxonomyKind.CARE_SETTING, "posting.care-settings");
        requiredCertifications = multi(taxonomy, TaxonomyKind.CERTIFICATION, "opportunity.requiredCertifications");
        requiredIntegrations = multi(taxonomy, TaxonomyKind.INTEGRATION, "opportunity.requiredIntegrations");
        minimumStage = single(taxonomy, TaxonomyKind.STAGE, "opportunity.minimumStage");
        region = single(taxonomy, TaxonomyKind.REGION, "opportunity.region");
        region.setHelperText(getTranslation("opportunity.region.help"));
        budgetBand = single(taxonomy, TaxonomyKind.BUDGET_BAND, "opportunity.budgetBand");
        timeline.setLabel(getTranslation("opportunity.timeline"));
        timeline.setPlaceholder(getTranslation("opportunity.timeline.placeholder"));
        timeline.setMaxLength(OpportunityService.TIMELINE_MAX);
        responseDeadline.setLabel(getTranslation("opportunity.responseDeadline"));
        responseDeadline.setHelperText(getTranslation("opportunity.responseDeadline.help"));
        anonymous.setLabel(getTranslation("posting.anonymous"));

        errors.field("title", title)
                .field("problemStatement", problemStatement)
                .field("desiredOutcomes", desiredOutcomes)
                .field("categories", categories)
                .field("clinicalAreas", clinicalAreas)
                .field("careSettings", careSettings)
                .field("requiredCertifications", requiredCertifications)
                .field("requiredIntegrations", requiredIntegrations)
                .field("minimumStage", minimumStage)
                .field("region", region)
                .field("budgetBand", budgetBand)
                .field("timeline", timeline)
                .field("responseDeadline", responseDeadline);

        save.setText(getTranslation("posting.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> act(this::saveDraft, "posting.saved"));
        publish.setText(getTranslation("posting.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> act(
                () -> {
                    saveDraft();
                    return opportunities.publish(id, version);
                },
                "posting.published"));
        award.setText(getTranslation("opportunity.award"));
        award.addClickListener(click -> act(() -> opportunities.award(id, version), "opportunity.awarded"));
        close.setText(getTranslation("posting.close"));
        close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(click -> act(() -> opportunities.close(id, version), "posting.closed"));
        formError.addClassName("form-error");
        formError.setVisible(false);

        FormLayout fields = new FormLayout(
                categories,
                clinicalAreas,
                careSettings,
                region,
                requiredCertifications,
                requiredIntegrations,
                minimumStage,
                budgetBand,
                timeline,
                responseDeadline);
        add(
                heading,
                new HorizontalLayout(new Span(getTranslation("postings.status") + ":"), status),
                expiredNote,
                title,
                problemStatement,
                desiredOutcomes,
                fields,
                anonymous,
                formError,
                new HorizontalLayout(save, publish, award, close));
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
        OpportunityDetails details = opportunities
                .find(OpportunityId.parse(parameter))
                .filter(OpportunityDetails::mine)
                .orElse(null);
        if (details == null) {
            removeAll();
            add(new H2(getTranslation("posting.not-found.title")), new Paragraph(getTranslation("posting.not-found")));
            return;
        }
        show(details);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "opportunities.new" : "opportunities.edit");
    }

    OpportunityDraft draft() {
        return new OpportunityDraft(
                title.getValue(),
                problemStatement.getValue(),
                desiredOutcomes.getValue(),
                TermFields.values(categories),
                TermFields.values(clinicalAreas),
                TermFields.values(careSettings),
                TermFields.values(requiredCertifications),
                TermFields.values(requiredIntegrations),
                minimumStage.getValue(),
                region.getValue(),
                budgetBand.getValue(),
                timeline.getValue(),
                responseDeadline.getValue(),
                anonymous.getValue());
    }

    private OpportunityDetails saveDraft() {
        if (id == null) {
            id = opportunities.create(draft());
            OpportunityDetails created = opportunities.find(id).orElseThrow();
            version = created.version();
            region.setValue(created.content().region());
            return created;
        }
        OpportunityDetails updated = opportunities.update(id, draft(), version);
        version = updated.version();
        return updated;
    }

    private void act(Supplier<OpportunityDetails> action, String doneKey) {
        formError.setVisible(false);
        try {
            OpportunityDetails result = action.get();
            errors.clear();
            show(result);
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "opportunities/edit/" + id));
        } catch (InvalidInputException invalid) {
            String unplaced = errors.show(invalid.fieldErrors());
            formError.setText(unplaced == null ? getTranslation("posting.fix-errors") : unplaced);
            formError.setVisible(true);
        } catch (OptimisticLockingFailureException | IllegalTransitionException stale) {
            formError.setText(getTranslation("posting.changed-elsewhere"));
            formError.setVisible(true);
        }
    }

    private void show(OpportunityDetails details) {
        if (details == null) {
            id = null;
            version = 0;
            heading.setText(getTranslation("opportunities.new"));
            status.setText(getTranslation("posting.status.DRAFT"));
            expiredNote.setVisible(false);
            publish.setVisible(true);
            award.setVisible(false);
            close.setVisible(false);
            return;
        }
        id = details.id();
        version = details.version();
        OpportunityDraft content = details.content();
        heading.setText(getTranslation("opportunities.edit"));
        title.setValue(content.title() == null ? "" : content.title());
        problemStatement.setValue(content.problemStatement() == null ? "" : content.problemStatement());
        desiredOutcomes.setValue(content.desiredOutcomes() == null ? "" : content.desiredOutcomes());
        categories.setValue(content.categories());
        clinicalAreas.setValue(content.clinicalAreas());
        careSettings.setValue(content.careSettings());
        requiredCertifications.setValue(content.requiredCertifications());
        requiredIntegrations.setValue(content.requiredIntegrations());
        minimumStage.setValue(content.minimumStage());
        region.setValue(content.region());
        budgetBand.setValue(content.budgetBand());
        timeline.setValue(content.timeline() == null ? "" : content.timeline());
        responseDeadline.setValue(content.responseDeadline());
        anonymous.setValue(content.anonymous());
        boolean expired = details.status() == PostingStatus.PUBLISHED && !details.offered();
        status.setText(
                getTranslation(expired ? "posting.status.PUBLISHED_EXPIRED" : "posting.status." + details.status()));
        expiredNote.setText(getTranslation("opportunity.deadline-passed.owner"));
        expiredNote.addClassName("form-error");
        expiredNote.setVisible(expired);
        boolean editable = details.status().editable();
        save.setEnabled(editable);
        publish.setVisible(details.status() == PostingStatus.DRAFT);
        award.setVisible(details.status() == PostingStatus.PUBLISHED);
        close.setVisible(editable);
    }

    private MultiSelectComboBox<String> multi(TaxonomyService taxonomy, TaxonomyKind kind, String labelKey) {
        return TermFields.multi(
                getTranslation(labelKey),
                taxonomy.terms(kind).stream().map(Term::code).toList(),
                code -> taxonomy.label(kind, code));
    }

    private Select<String> single(TaxonomyService taxonomy, TaxonomyKind kind, String labelKey) {
        return TermFields.single(
                getTranslation(labelKey),
                taxonomy.terms(kind).stream().map(Term::code).toList(),
                code -> taxonomy.label(kind, code),
                getTranslation("posting.none"));
    }
}
