package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.ui.LiveUpdates;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * One of the caller's own postings to choose (a published one first) and the best postings of the
 * other side for it, as cards that keep themselves current.
 *
 * @param <P> a summary of the caller's own posting
 */
class MatchListLayout<P> extends LiveResultsLayout {

    static final int SHOWN = 20;

    /** How the layout reads the caller's own postings and finds their matches. */
    record Own<P>(
            Function<P, String> id,
            Function<P, String> title,
            Function<P, PostingStatus> status,
            Function<P, List<ResultCard>> matches,
            BiFunction<P, ResultCard, String> href) {}

    final Select<P> own = new Select<>();
    final Div results = new Div();
    private final Own<P> reading;
    private final ResultCards cards;

    MatchListLayout(
            MatchingService matching,
            LiveUpdates live,
            TaxonomyService taxonomy,
            List<P> mine,
            Own<P> reading,
            String titleKey,
            String introKey,
            String chooseKey,
            String noneKey) {
        super(matching, live);
        this.reading = reading;
        this.cards = new ResultCards(this, taxonomy);
        addClassName("results-view");
        own.setLabel(getTranslation(chooseKey));
        own.setItems(mine);
        own.setItemLabelGenerator(reading.title()::apply);
        own.setWidth("32rem");
        own.setMaxWidth("100%");
        own.addValueChangeListener(event -> refresh());
        results.addClassName("results");
        add(
                new H2(getTranslation(titleKey)),
                new Paragraph(getTranslation(introKey)),
                new Paragraph(getTranslation("match.explains")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation(noneKey)));
        } else {
            add(own, results);
        }
    }

    /** Chooses the posting named in the address, else the first published one, else the first. */
    void choose(String id) {
        List<P> items = own.getListDataView().getItems().toList();
        items.stream()
                .filter(item -> id != null && reading.id().apply(item).equals(id))
                .findFirst()
                .or(() -> items.stream()
                        .filter(item -> reading.status().apply(item) == PostingStatus.PUBLISHED)
                        .findFirst())
                .or(() -> items.stream().findFirst())
                .ifPresent(own::setValue);
    }

    @Override
    protected void showResults() {
        results.removeAll();
        P chosen = own.getValue();
        if (chosen == null) {
            return;
        }
        List<ResultCard> found = reading.matches().apply(chosen);
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("matches.none")));
        }
        // an introduction pairs published postings: a draft's matches are for improving it
        boolean published = reading.status().apply(chosen) == PostingStatus.PUBLISHED;
        String ownId = reading.id().apply(chosen);
        found.forEach(card -> results.add(
                cards.card(card, reading.href().apply(chosen, card), published ? requestHref(ownId, card) : null)));
    }

    private static String requestHref(String ownId, ResultCard card) {
        return card.kind() == PostingKind.OPPORTUNITY
                ? "introductions/request?need=" + ownId + "&opportunity=" + card.id()
                : "introductions/request?need=" + card.id() + "&opportunity=" + ownId;
    }
}
