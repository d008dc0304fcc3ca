package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A provider's "Matching innovations": the best startup needs for one of its opportunities, with reasons. */
@Route("matching-innovations")
@Menu(title = "nav.matching-innovations", order = 21, icon = "vaadin:connect")
@RolesAllowed(Roles.PROVIDER)
class InnovationMatchesView extends LiveResultsLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int SHOWN = 20;

    final Select<OpportunitySummary> opportunity = new Select<>();
    final Div results = new Div();
    private final MatchingService matching;
    private final ResultCards cards;

    InnovationMatchesView(MatchingService matching, OpportunityService opportunities, TaxonomyService taxonomy) {
        super(matching);
        this.matching = matching;
        this.cards = new ResultCards(this, taxonomy);
        addClassName("results-view");
        List<OpportunitySummary> mine = opportunities
                .mine(
                        Set.of(PostingStatus.PUBLISHED, PostingStatus.DRAFT),
                        PageRequest.of(0, 200, Sort.by("updatedAt").descending()))
                .getContent();
        opportunity.setLabel(getTranslation("matches.for-opportunity"));
        opportunity.setItems(mine);
        opportunity.setItemLabelGenerator(OpportunitySummary::title);
        opportunity.setWidth("32rem");
        opportunity.addValueChangeListener(event -> refresh());
        results.addClassName("results");
        add(
                new H2(getTranslation("matches.innovations.title")),
                new Paragraph(getTranslation("matches.innovations.intro")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("matches.no-opportunities")));
        } else {
            add(opportunity, results);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        List<OpportunitySummary> items =
                opportunity.getListDataView().getItems().toList();
        items.stream()
                .filter(summary -> parameter != null && summary.id().toString().equals(parameter))
                .findFirst()
                .or(() -> items.stream()
                        .filter(summary -> summary.status() == PostingStatus.PUBLISHED)
                        .findFirst())
                .or(() -> items.stream().findFirst())
                .ifPresent(opportunity::setValue);
    }

    @Override
    protected void showResults() {
        results.removeAll();
        if (opportunity.getValue() == null) {
            return;
        }
        OpportunityId opportunityId = opportunity.getValue().id();
        List<ResultCard> found = matching.needsForOpportunity(opportunityId, SHOWN);
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("matches.none")));
        }
        found.forEach(card -> results.add(cards.card(card, "matches/" + card.id() + "/" + opportunityId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matches.innovations.title");
    }
}
