package org.marketaccess.portal.matching.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.SearchPage;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.LiveUpdates;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;

/**
 * A search box, one filter per facet (several codes each: any of them; every facet: all of them)
 * with the number of postings each choice would give, and the result cards. The search lives in the
 * address ({@code ?q=…&category=…&clinicalArea=…&careSetting=…&region=…}, a parameter repeated for
 * several codes), so it can be bookmarked, shared and reloaded, and Back returns to the one before.
 * Typed text is searched as words (never as query syntax); without text the newest come first.
 */
class FindLayout extends LiveResultsLayout implements BeforeEnterObserver {

    static final int SHOWN = 25;

    /** The address parameter of each facet. */
    static final Map<Facet, String> PARAMETERS = Map.of(
            Facet.CATEGORY, "category",
            Facet.CLINICAL_AREA, "clinicalArea",
            Facet.CARE_SETTING, "careSetting",
            Facet.REGION, "region");

    static final String TEXT = "q";

    final TextField text = new TextField();
    final Map<Facet, MultiSelectComboBox<String>> filters = new EnumMap<>(Facet.class);
    final Span total = new Span();
    final Paragraph notice = new Paragraph();
    final Div results = new Div();
    protected final ResultCards cards;
    private final TaxonomyService taxonomy;
    private final BiFunction<String, Map<Facet, Set<String>>, SearchPage> search;
    private final Function<String, String> href;
    private final Function<String, String> requestHref;
    private Map<Facet, Map<String, Long>> counts = Map.of();
    /** While the fields are set from the address, their changes are not a new search. */
    private boolean readingAddress;

    FindLayout(
            MatchingService matching,
            LiveUpdates live,
            TaxonomyService taxonomy,
            BiFunction<String, Map<Facet, Set<String>>, SearchPage> search,
            Function<String, String> href,
            Function<String, String> requestHref,
            String titleKey,
            String introKey) {
        super(matching, live);
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
        text.addClassName("find-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> searchChanged());
        HorizontalLayout bar = new HorizontalLayout(text);
        bar.addClassName("find-bar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        for (Facet facet : Facet.values()) {
            MultiSelectComboBox<String> filter = filter(facet);
            filters.put(facet, filter);
            bar.add(filter);
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
    }

    private MultiSelectComboBox<String> filter(Facet facet) {
        TaxonomyKind kind = kind(facet);
        MultiSelectComboBox<String> filter = new MultiSelectComboBox<>();
        filter.setLabel(getTranslation("find.facet." + facet.name().toLowerCase(java.util.Locale.ROOT)));
        filter.setPlaceholder(getTranslation("postings.all"));
        filter.setItems(taxonomy.terms(kind).stream().map(Term::code).toList());
        filter.setItemLabelGenerator(
                code -> getTranslation("find.facet-option", taxonomy.label(kind, code), count(facet, code)));
        filter.setClearButtonVisible(true);
        filter.addClassName("find-filter");
        filter.addValueChangeListener(event -> searchChanged());
        return filter;
    }

    /** The address holds the search: read it, set the fields, show the results. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        readingAddress = true;
        try {
            text.setValue(parameters.getOrDefault(TEXT, List.of("")).getFirst());
            filters.forEach((facet, filter) -> {
                Set<String> known =
                        new LinkedHashSet<>(filter.getListDataView().getItems().toList());
                Set<String> codes = new LinkedHashSet<>(parameters.getOrDefault(PARAMETERS.get(facet), List.of()));
                codes.retainAll(known);
                filter.setValue(codes);
            });
        } finally {
            readingAddress = false;
        }
        refresh();
    }

    /** A field changed: the new search becomes a new address (and a step Back can undo). */
    private void searchChanged() {
        if (readingAddress) {
            return;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            parameters.put(TEXT, List.of(text.getValue()));
        }
        filters.forEach((facet, filter) -> {
            List<String> codes = new ArrayList<>(filter.getValue());
            codes.sort(String::compareTo);
            if (!codes.isEmpty()) {
                parameters.put(PARAMETERS.get(facet), codes);
            }
        });
        getUI().ifPresentOrElse(
                        ui -> ui.navigate(
                                ui.getInternals().getActiveViewLocation().getPath(), new QueryParameters(parameters)),
                        this::refresh);
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
        Map<Facet, Set<String>> chosen = new EnumMap<>(Facet.class);
        filters.forEach((facet, filter) -> {
            if (!filter.getValue().isEmpty()) {
                chosen.put(facet, Set.copyOf(filter.getValue()));
            }
        });
        SearchPage page;
        try {
            page = search.apply(text.getValue(), chosen);
        } catch (InvalidInputException refused) {
            // an organization not verified yet: say why there is nothing to browse
            results.removeAll();
            total.setText("");
            notice.setText(
                    getTranslation(refused.fieldErrors().values().iterator().next()));
            notice.setVisible(true);
            return;
        }
        counts = page.counts();
        filters.values().forEach(filter -> filter.getListDataView().refreshAll());
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
