package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.shared.ui.LiveUpdates;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/** "Find opportunities": startups (and the program) search the pilot opportunities still offered. */
@Route("pilot-opportunities")
@Menu(title = "nav.find-opportunities", order = 31, icon = "vaadin:search")
@RolesAllowed({Roles.STARTUP, Roles.PROGRAM_MANAGER})
class FindOpportunitiesView extends FindLayout implements HasDynamicTitle {

    FindOpportunitiesView(
            MatchingService matching,
            LiveUpdates live,
            TaxonomyService taxonomy,
            AuthenticationContext authentication) {
        super(
                matching,
                live,
                taxonomy,
                (text, filters) -> matching.findOpportunities(text, filters, SHOWN),
                id -> "opportunities/view/" + id,
                // the program browses; only the other side asks for introductions
                authentication.hasRole(Roles.STARTUP) ? id -> "introductions/request?opportunity=" + id : null,
                "find.opportunities.title",
                "find.opportunities.intro");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("find.opportunities.title");
    }
}
