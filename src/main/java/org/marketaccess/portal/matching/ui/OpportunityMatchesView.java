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
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A startup's "Matching opportunities": the best pilot opportunities for one of its needs, with reasons. */
@Route("matching-opportunities")
@Menu(title = "nav.matching-opportunities", order = 21, icon = "vaadin:connect")
@RolesAllowed(Roles.STARTUP)
class OpportunityMatchesView extends LiveResultsLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int SHOWN = 20;

    final Select<NeedSummary> need = new Select<>();
    final Div results = new Div();
    private final MatchingService matching;
    private final ResultCards cards;

    OpportunityMatchesView(MatchingService matching, NeedService needs, TaxonomyService taxonomy) {
        super(matching);
        this.matching = matching;
        this.cards = new ResultCards(this, taxonomy);
        addClassName("results-view");
        List<NeedSummary> mine = needs.mine(
                        Set.of(PostingStatus.PUBLISHED, PostingStatus.DRAFT),
                        PageRequest.of(0, 200, Sort.by("updatedAt").descending()))
                .getContent();
        need.setLabel(getTranslation("matches.for-need"));
        need.setItems(mine);
        need.setItemLabelGenerator(NeedSummary::title);
        need.setWidth("32rem");
        need.addValueChangeListener(event -> refresh());
        results.addClassName("results");
        add(
                new H2(getTranslation("matches.opportunities.title")),
                new Paragraph(getTranslation("matches.opportunities.intro")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("matches.no-needs")));
        } else {
            add(need, results);
        }
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        List<NeedSummary> items = need.getListDataView().getItems().toList();
        items.stream()
                .filter(summary -> parameter != null && summary.id().toString().equals(parameter))
                .findFirst()
                .or(() -> items.stream()
                        .filter(summary -> summary.status() == PostingStatus.PUBLISHED)
                        .findFirst())
                .or(() -> items.stream().findFirst())
                .ifPresent(need::setValue);
    }

    @Override
    protected void showResults() {
        results.removeAll();
        if (need.getValue() == null) {
            return;
        }
        NeedId needId = need.getValue().id();
        List<ResultCard> found = matching.opportunitiesForNeed(needId, SHOWN);
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("matches.none")));
        }
        found.forEach(card -> results.add(cards.card(card, "matches/" + needId + "/" + card.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matches.opportunities.title");
    }
}
