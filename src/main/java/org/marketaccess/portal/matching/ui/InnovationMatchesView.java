package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.LiveUpdates;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A provider's "Matching innovations": the best startup needs for one of its opportunities, with reasons. */
@Route("matching-innovations")
@Menu(title = "nav.matching-innovations", order = 21, icon = "vaadin:connect")
@RolesAllowed(Roles.PROVIDER)
class InnovationMatchesView extends MatchListLayout<OpportunitySummary>
        implements HasUrlParameter<String>, HasDynamicTitle {

    InnovationMatchesView(
            MatchingService matching, LiveUpdates live, OpportunityService opportunities, TaxonomyService taxonomy) {
        super(
                matching,
                live,
                taxonomy,
                opportunities
                        .mine(
                                Set.of(PostingStatus.PUBLISHED, PostingStatus.DRAFT),
                                PageRequest.of(0, 200, Sort.by("updatedAt").descending()))
                        .getContent(),
                new Own<>(
                        opportunity -> opportunity.id().toString(),
                        OpportunitySummary::title,
                        OpportunitySummary::status,
                        opportunity -> matching.needsForOpportunity(opportunity.id(), SHOWN),
                        (opportunity, card) -> "matches/" + card.id() + "/" + opportunity.id()),
                "matches.innovations.title",
                "matches.innovations.intro",
                "matches.for-opportunity",
                "matches.no-opportunities");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        choose(parameter);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matches.innovations.title");
    }
}
