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
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.LiveUpdates;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A startup's "Matching opportunities": the best pilot opportunities for one of its needs, with reasons. */
@Route("matching-opportunities")
@Menu(title = "nav.matching-opportunities", order = 21, icon = "vaadin:connect")
@RolesAllowed(Roles.STARTUP)
class OpportunityMatchesView extends MatchListLayout<NeedSummary> implements HasUrlParameter<String>, HasDynamicTitle {

    OpportunityMatchesView(MatchingService matching, LiveUpdates live, NeedService needs, TaxonomyService taxonomy) {
        super(
                matching,
                live,
                taxonomy,
                needs.mine(
                                Set.of(PostingStatus.PUBLISHED, PostingStatus.DRAFT),
                                PageRequest.of(0, 200, Sort.by("updatedAt").descending()))
                        .getContent(),
                new Own<>(
                        need -> need.id().toString(),
                        NeedSummary::title,
                        NeedSummary::status,
                        need -> matching.opportunitiesForNeed(need.id(), SHOWN),
                        (need, card) -> "matches/" + need.id() + "/" + card.id()),
                "matches.opportunities.title",
                "matches.opportunities.intro",
                "matches.for-need",
                "matches.no-needs");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        choose(parameter);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matches.opportunities.title");
    }
}
