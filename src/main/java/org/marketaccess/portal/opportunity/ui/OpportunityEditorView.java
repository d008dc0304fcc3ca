package org.marketaccess.portal.opportunity.ui;

import static org.marketaccess.portal.posting.ui.PostingForm.TaxonomyField.one;
import static org.marketaccess.portal.posting.ui.PostingForm.TaxonomyField.several;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.posting.ui.PostingEditor;
import org.marketaccess.portal.posting.ui.PostingForm;
import org.marketaccess.portal.posting.ui.PostingForm.TaxonomyField;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * Writes a new pilot opportunity or changes one of the provider's own; a published one may be
 * awarded, and its owner is told when its response deadline has passed.
 */
@Route("opportunities/edit")
@RolesAllowed(Roles.PROVIDER)
class OpportunityEditorView extends PostingEditor<OpportunityId, OpportunityDraft, OpportunityDetails> {

    private static final List<TaxonomyField> TAXONOMY = List.of(
            several("categories", TaxonomyKind.CATEGORY, "posting.categories"),
            several("clinicalAreas", TaxonomyKind.CLINICAL_AREA, "posting.clinical-areas"),
            several("careSettings", TaxonomyKind.CARE_SETTING, "posting.care-settings"),
            one("region", TaxonomyKind.REGION, "opportunity.region"),
            several("requiredCertifications", TaxonomyKind.CERTIFICATION, "opportunity.requiredCertifications"),
            several("requiredIntegrations", TaxonomyKind.INTEGRATION, "opportunity.requiredIntegrations"),
            one("minimumStage", TaxonomyKind.STAGE, "opportunity.minimumStage"),
            one("budgetBand", TaxonomyKind.BUDGET_BAND, "opportunity.budgetBand"));

    final TextArea problemStatement = form.prose("problemStatement", "opportunity.problemStatement");
    final TextArea desiredOutcomes = form.prose("desiredOutcomes", "opportunity.desiredOutcomes");
    final MultiSelectComboBox<String> categories = form.several("categories");
    final MultiSelectComboBox<String> clinicalAreas = form.several("clinicalAreas");
    final MultiSelectComboBox<String> careSettings = form.several("careSettings");
    final Select<String> region = form.one("region");
    final Select<String> language = form.language(problemStatement, desiredOutcomes);
    final TextField timeline = form.line("timeline", "opportunity.timeline");
    final DatePicker responseDeadline = form.date("responseDeadline", "opportunity.responseDeadline");
    final Paragraph expiredNote = new Paragraph();
    final Button award;

    OpportunityEditorView(
            OpportunityService opportunities, TaxonomyService taxonomy, OrganizationService organizations) {
        super(
                "opportunities",
                new PostingForm<>(OpportunityDraft.class, taxonomy, TAXONOMY),
                new Commands<>(
                        OpportunityId::parse,
                        opportunities::find,
                        opportunities::create,
                        opportunities::update,
                        opportunities::publish,
                        opportunities::close),
                organizations);
        problemStatement.setHelperText(getTranslation("opportunity.problemStatement.help"));
        problemStatement.setMinHeight("10em");
        region.setHelperText(getTranslation("opportunity.region.help"));
        timeline.setPlaceholder(getTranslation("opportunity.timeline.placeholder"));
        responseDeadline.setHelperText(getTranslation("opportunity.responseDeadline.help"));
        expiredNote.setText(getTranslation("opportunity.deadline-passed.owner"));
        expiredNote.addClassName("form-error");
        addUnderStatus(expiredNote);
        award = move("opportunity.award", opportunities::award, "opportunity.awarded");
        shown(null);
    }

    @Override
    protected String statusKey(OpportunityDetails details) {
        return expired(details) ? "posting.status.PUBLISHED_EXPIRED" : super.statusKey(details);
    }

    @Override
    protected void shown(OpportunityDetails details) {
        expiredNote.setVisible(details != null && expired(details));
        award.setVisible(details != null && details.status() == PostingStatus.PUBLISHED);
    }

    /** The service gives a new opportunity its provider's region unless another was chosen. */
    @Override
    protected void created(OpportunityDetails details) {
        region.setValue(details.content().region());
    }

    private static boolean expired(OpportunityDetails details) {
        return details.status() == PostingStatus.PUBLISHED && !details.offered();
    }
}
