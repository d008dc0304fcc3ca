package org.marketaccess.portal.need.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.Facts;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** A need as the caller may see it; an anonymous need never shows its startup to providers. */
@Route("needs/view")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class NeedDetailsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Span organization = new Span();
    private final NeedService needs;
    private final TaxonomyService taxonomy;
    private final AuthenticationContext authentication;
    private String title = "";

    NeedDetailsView(NeedService needs, TaxonomyService taxonomy, AuthenticationContext authentication) {
        this.authentication = authentication;
        this.needs = needs;
        this.taxonomy = taxonomy;
        addClassName("posting-details");
        organization.setId("posting-organization");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        NeedDetails details = needs.find(NeedId.parse(parameter)).orElse(null);
        if (details == null) {
            add(new H2(getTranslation("posting.not-found.title")), new Paragraph(getTranslation("posting.not-found")));
            return;
        }
        NeedDraft content = details.content();
        title = content.title();
        organization.setText(
                details.organizationHidden()
                        ? getTranslation("need.anonymous-startup")
                        : details.organization().name());
        Span status = new Span(getTranslation("posting.status." + details.status()));
        status.addClassName("status-badge");
        add(new H2(content.title()), new Div(organization, new Span(" · "), status));
        if (!details.organizationHidden() && details.organization().website() != null) {
            Anchor website = new Anchor(
                    details.organization().website(), details.organization().website());
            website.setTarget("_blank");
            website.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            add(website);
        }
        add(Facts.prose(content.description()));
        add(facts("need.sought", TaxonomyKind.SOUGHT, content.sought()));
        if (content.stage() != null) {
            add(facts("need.stage", TaxonomyKind.STAGE, List.of(content.stage())));
        }
        add(facts("posting.categories", TaxonomyKind.CATEGORY, content.categories()));
        add(facts("posting.clinical-areas", TaxonomyKind.CLINICAL_AREA, content.clinicalAreas()));
        add(facts("posting.care-settings", TaxonomyKind.CARE_SETTING, content.careSettings()));
        add(facts("need.regions", TaxonomyKind.REGION, content.regions()));
        add(facts("need.certifications", TaxonomyKind.CERTIFICATION, content.certifications()));
        add(facts("need.integrations", TaxonomyKind.INTEGRATION, content.integrations()));
        if (!details.mine() && details.status() == PostingStatus.PUBLISHED && authentication.hasRole(Roles.PROVIDER)) {
            Anchor request = new Anchor(
                    "introductions/request?need=" + details.id(), getTranslation("introduction.request.button"));
            request.addClassName("request-introduction");
            add(request);
        }
        if (details.mine() && details.status().editable()) {
            add(new Anchor("needs/edit/" + details.id(), getTranslation("needs.edit")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Div facts(String labelKey, TaxonomyKind kind, List<String> codes) {
        return Facts.codes(this, labelKey, codes, code -> taxonomy.label(kind, code));
    }
}
