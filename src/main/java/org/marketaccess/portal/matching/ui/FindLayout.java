package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.SearchPage;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;

/**
 * A search box, one filter per facet with the number of postings each choice gives, and the result
 * cards. Typed text is searched as words (never as query syntax); without text the newest come first.
 */
class FindLayout extends LiveResultsLayout {

    static final int SHOWN = 25;

    final TextField text = new TextField();
    final Map<Facet, Select<String>> filters = new EnumMap<>(Facet.class);
    final Span total = new Span();
    final Paragraph notice = new Paragraph();
    final Div results = new Div();
    protected final ResultCards cards;
    private final TaxonomyService taxonomy;
    private final BiFunction<String, Map<Facet, String>, SearchPage> search;
    private final Function<String, String> href;
    private final Function<String, String> requestHref;
    private Map<Facet, Map<String, Long>> counts = Map.of();

    FindLayout(
            MatchingService matching,
            TaxonomyService taxonomy,
            BiFunction<String, Map<Facet, String>, SearchPage> search,
            Function<String, String> href,
            Function<String, String> requestHref,
            String titleKey,
            String introKey) {
        super(matching);
        this.taxonomy = taxonomy;
        this.search = search;
        this.href = href;
        this.requestHref = requestHref;
        this.cards = new ResultCards(this, taxonomy);
        addClassName("results-view");
        text.setPlaceholder(getTranslation("find.search"));
        text.setAriaLabel(getTranslation("find.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setMaxLength(MatchEngine.MAX_QUERY_CHARACTERS);
        text.setWidth("28rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> refresh());
        HorizontalLayout bar = new HorizontalLayout(text);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        for (Facet facet : Facet.values()) {
            Select<String> select = filter(facet);
            filters.put(facet, select);
            bar.add(select);
        }
        total.addClassName("result-total");
        notice.addClassName("form-error");
        notice.setVisible(false);
        results.addClassName("results");
        add(
                new H2(getTranslation(titleKey)),
                new Paragraph(getTranslation(introKey) + " " + getTranslation("find.explains")),
                bar,
                total,
                notice,
                results);
        refresh();
    }

    private Select<String> filter(Facet facet) {
        TaxonomyKind kind = kind(facet);
        Select<String> select = new Select<>();
        select.setLabel(getTranslation("find.facet." + facet.name().toLowerCase(java.util.Locale.ROOT)));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("postings.all"));
        select.setItems(taxonomy.terms(kind).stream().map(Term::code).toList());
        select.setItemLabelGenerator(code -> code == null
                ? getTranslation("postings.all")
                : getTranslation("find.facet-option", taxonomy.label(kind, code), count(facet, code)));
        select.setItemEnabledProvider(code -> code == null || count(facet, code) > 0 || code.equals(select.getValue()));
        select.addValueChangeListener(event -> refresh());
        return select;
    }

    private long count(Facet facet, String code) {
        return counts.getOrDefault(facet, Map.of()).getOrDefault(code, 0L);
    }

    static TaxonomyKind kind(Facet facet) {
        return switch (facet) {
            case CATEGORY -> TaxonomyKind.CATEGORY;
            case CLINICAL_AREA -> TaxonomyKind.CLINICAL_AREA;
            case CARE_SETTING -> TaxonomyKind.CARE_SETTING;
            case REGION -> TaxonomyKind.REGION;
        };
    }

    @Override
    protected void showResults() {
        Map<Facet, String> chosen = new EnumMap<>(Facet.class);
        filters.forEach((facet, select) -> {
            if (select.getValue() != null) {
                chosen.put(facet, select.getValue());
            }
        });
        SearchPage page = search.apply(text.getValue(), chosen);
        counts = page.counts();
        filters.values().forEach(select -> select.getListDataView().refreshAll());
        total.setText(getTranslation("find.total", page.total()));
        notice.setVisible(page.textIgnored());
        notice.setText(page.textIgnored() ? getTranslation("find.no-words") : "");
        results.removeAll();
        if (page.cards().isEmpty()) {
            results.add(new Paragraph(getTranslation("board.empty")));
        }
        List.copyOf(page.cards())
                .forEach(card -> results.add(cards.card(
                        card, href.apply(card.id()), requestHref == null ? null : requestHref.apply(card.id()))));
    }
}
