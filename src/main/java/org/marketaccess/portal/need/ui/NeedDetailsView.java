package org.marketaccess.portal.need.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.posting.ui.PostingDetailsLayout;
import org.marketaccess.portal.shared.ui.Facts;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** A need as the caller may see it; an anonymous need never shows its startup to providers. */
@Route("needs/view")
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class NeedDetailsView extends PostingDetailsLayout<NeedId, NeedDraft, NeedDetails> {

    NeedDetailsView(NeedService needs, TaxonomyService taxonomy, AuthenticationContext authentication) {
        super(
                new Kind<>(
                        "needs",
                        "need.anonymous-startup",
                        Roles.PROVIDER,
                        "need",
                        parameter -> needs.find(NeedId.parse(parameter)),
                        NeedDraft::title),
                taxonomy,
                authentication);
    }

    @Override
    protected void content(NeedDetails details) {
        NeedDraft content = details.content();
        add(Facts.prose(content.description()));
        add(facts("need.sought", TaxonomyKind.SOUGHT, content.sought()));
        if (content.stage() != null) {
            add(facts("need.stage", TaxonomyKind.STAGE, optional(content.stage())));
        }
        add(facts("posting.categories", TaxonomyKind.CATEGORY, content.categories()));
        add(facts("posting.clinical-areas", TaxonomyKind.CLINICAL_AREA, content.clinicalAreas()));
        add(facts("posting.care-settings", TaxonomyKind.CARE_SETTING, content.careSettings()));
        add(facts("need.regions", TaxonomyKind.REGION, content.regions()));
        add(facts("need.certifications", TaxonomyKind.CERTIFICATION, content.certifications()));
        add(facts("need.integrations", TaxonomyKind.INTEGRATION, content.integrations()));
    }
}
