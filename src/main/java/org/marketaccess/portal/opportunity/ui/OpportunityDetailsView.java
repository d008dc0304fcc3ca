package org.marketaccess.portal.opportunity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.Facts;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** A pilot opportunity as the caller may see it; an anonymous one never shows its provider to startups. */
@Route("opportunities/view")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class OpportunityDetailsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Span organization = new Span();
    private final OpportunityService opportunities;
    private final TaxonomyService taxonomy;
    private final AuthenticationContext authentication;
    private String title = "";

    OpportunityDetailsView(
            OpportunityService opportunities, TaxonomyService taxonomy, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.opportunities = opportunities;
        this.taxonomy = taxonomy;
        addClassName("posting-details");
        organization.setId("posting-organization");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        OpportunityDetails details =
                opportunities.find(OpportunityId.parse(parameter)).orElse(null);
        if (details == null) {
            add(new H2(getTranslation("posting.not-found.title")), new Paragraph(getTranslation("posting.not-found")));
            return;
        }
        OpportunityDraft content = details.content();
        title = content.title();
        organization.setText(
                details.organizationHidden()
                        ? getTranslation("opportunity.anonymous-provider")
                        : details.organization().name());
        Span status = new Span(getTranslation("posting.status." + details.status()));
        status.addClassName("status-badge");
        add(new H2(content.title()), new Div(organization, new Span(" · "), status));
        if (details.status() == PostingStatus.PUBLISHED && !details.offered()) {
            Paragraph expired = new Paragraph(getTranslation("opportunity.deadline-passed"));
            expired.addClassName("form-error");
            add(expired);
        }
        if (!details.organizationHidden() && details.organization().website() != null) {
            Anchor website = new Anchor(
                    details.organization().website(), details.organization().website());
            website.setTarget("_blank");
            website.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            add(website);
        }
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
        if (!details.mine() && details.status() == PostingStatus.PUBLISHED && authentication.hasRole(Roles.STARTUP)) {
            Anchor request = new Anchor(
                    "introductions/request?opportunity=" + details.id(), getTranslation("introduction.request.button"));
            request.addClassName("request-introduction");
            add(request);
        }
        if (details.mine() && details.status().editable()) {
            add(new Anchor("opportunities/edit/" + details.id(), getTranslation("opportunities.edit")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static List<String> optional(String code) {
        return code == null ? List.of() : List.of(code);
    }

    private Div facts(String labelKey, TaxonomyKind kind, List<String> codes) {
        return Facts.codes(this, labelKey, codes, code -> taxonomy.label(kind, code));
    }
}
