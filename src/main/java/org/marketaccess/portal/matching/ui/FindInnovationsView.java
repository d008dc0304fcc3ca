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

/** "Find innovations": providers (and the program) search the published needs of startups. */
@Route("innovation-needs")
@Menu(title = "nav.find-innovations", order = 30, icon = "vaadin:search")
@RolesAllowed({Roles.PROVIDER, Roles.PROGRAM_MANAGER})
class FindInnovationsView extends FindLayout implements HasDynamicTitle {

    FindInnovationsView(
            MatchingService matching,
            LiveUpdates live,
            TaxonomyService taxonomy,
            AuthenticationContext authentication) {
        super(
                matching,
                live,
                taxonomy,
                (text, filters) -> matching.findInnovations(text, filters, SHOWN),
                id -> "needs/view/" + id,
                // the program browses; only the other side asks for introductions
                authentication.hasRole(Roles.PROVIDER) ? id -> "introductions/request?need=" + id : null,
                "find.innovations.title",
                "find.innovations.intro");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("find.innovations.title");
    }
}
