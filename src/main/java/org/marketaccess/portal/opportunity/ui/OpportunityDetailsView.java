package org.marketaccess.portal.opportunity.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.posting.ui.PostingDetailsLayout;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.Facts;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** A pilot opportunity as the caller may see it; an anonymous one never shows its provider to startups. */
@Route("opportunities/view")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class OpportunityDetailsView extends PostingDetailsLayout<OpportunityId, OpportunityDraft, OpportunityDetails> {

    OpportunityDetailsView(
            OpportunityService opportunities, TaxonomyService taxonomy, AuthenticationContext authentication) {
        super(
                new Kind<>(
                        "opportunities",
                        "opportunity.anonymous-provider",
                        Roles.STARTUP,
                        "opportunity",
                        parameter -> opportunities.find(OpportunityId.parse(parameter)),
                        OpportunityDraft::title),
                taxonomy,
                authentication);
    }

    /** A published opportunity whose deadline has passed is no longer offered. */
    @Override
    protected void underStatus(OpportunityDetails details) {
        if (details.status() == PostingStatus.PUBLISHED && !details.offered()) {
            Paragraph expired = new Paragraph(getTranslation("opportunity.deadline-passed"));
            expired.addClassName("form-error");
            add(expired);
        }
    }

    @Override
    protected void content(OpportunityDetails details) {
        OpportunityDraft content = details.content();
        add(new H3(getTranslation("opportunity.problemStatement")), Facts.prose(content.problemStatement()));
        if (content.desiredOutcomes() != null) {
            add(new H3(getTranslation("opportunity.desiredOutcomes")), Facts.prose(content.desiredOutcomes()));
        }
        add(facts("posting.categories", TaxonomyKind.CATEGORY, content.categories()));
        add(facts("posting.clinical-areas", TaxonomyKind.CLINICAL_AREA, content.clinicalAreas()));
        add(facts("posting.care-settings", TaxonomyKind.CARE_SETTING, content.careSettings()));
        add(facts("opportunity.region", TaxonomyKind.REGION, List.of(content.region())));
        add(facts("opportunity.requiredCertifications", TaxonomyKind.CERTIFICATION, content.requiredCertifications()));
        add(facts("opportunity.requiredIntegrations", TaxonomyKind.INTEGRATION, content.requiredIntegrations()));
        add(facts("opportunity.minimumStage", TaxonomyKind.STAGE, optional(content.minimumStage())));
        add(facts("opportunity.budgetBand", TaxonomyKind.BUDGET_BAND, optional(content.budgetBand())));
        add(Facts.text(this, "opportunity.timeline", content.timeline()));
        add(Facts.text(
                this,
                "opportunity.responseDeadline",
                content.responseDeadline() == null
                        ? null
                        : content.responseDeadline().toString()));
    }
}
