package org.marketaccess.portal.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.insight.Failures;
import org.marketaccess.portal.insight.Failures.Decliner;
import org.marketaccess.portal.insight.Funnel;
import org.marketaccess.portal.insight.InsightFilter;
import org.marketaccess.portal.insight.InsightService;
import org.marketaccess.portal.insight.InsightService.OrganizationChoice;
import org.marketaccess.portal.insight.SupplyAndDemand;
import org.marketaccess.portal.insight.TrendMonth;
import org.marketaccess.portal.insight.Waiting;
import org.marketaccess.portal.matching.RankingWeightsService;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;

/**
 * The program's dashboard: for a period and filters, the funnel from request to contract, what
 * waits, why pairs fail, supply and demand, and the monthly trend. Each chart has its numbers in
 * a table under it; each table downloads as CSV, and all of them as one workbook.
 */
@Route("insight")
@Menu(title = "nav.insight", order = 13, icon = "vaadin:chart")
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
class InsightView extends VerticalLayout implements HasDynamicTitle {

    final FilterBar filters;
    final IntegerField reviewDays = new IntegerField();
    final NumberField threshold = new NumberField();
    final Anchor workbook;
    final Div headline = new Div();
    final Div funnel = new Div();
    final Div waiting = new Div();
    final Div failures = new Div();
    final Div supply = new Div();
    final Div trend = new Div();

    private final InsightService insight;
    private final Clock clock;
    private final List<OrganizationChoice> organizations;

    /** What the page shows; the workbook download reads it from the request thread, without the lock. */
    private volatile Shown shown;

    private record Shown(InsightFilter filter, List<Table> tables) {}

    InsightView(
            InsightService insight,
            TaxonomyService taxonomy,
            Clock clock,
            RankingWeightsService weights,
            CurrentUser currentUser) {
        this.insight = insight;
        this.clock = clock;
        this.organizations = insight.organizations();
        addClassName("insight-view");
        LocalDate today = LocalDate.now(clock.withZone(insight.zone()));
        filters = new FilterBar(
                today,
                taxonomy.terms(TaxonomyKind.REGION),
                taxonomy.terms(TaxonomyKind.CATEGORY),
                taxonomy.terms(TaxonomyKind.CLINICAL_AREA),
                organizations,
                insight.clusters(),
                this::show);
        reviewDays.setLabel(getTranslation("insight.waiting.review-days"));
        reviewDays.setMin(0);
        reviewDays.setMax(365);
        reviewDays.setStepButtonsVisible(true);
        reviewDays.addClassName("insight-setting");
        reviewDays.setValue(insight.defaultReviewDays());
        reviewDays.addValueChangeListener(change -> refresh());
        threshold.setLabel(getTranslation("insight.gaps.threshold"));
        threshold.setMin(0);
        threshold.setMax(100);
        threshold.setStep(5);
        threshold.setStepButtonsVisible(true);
        threshold.addClassName("insight-setting");
        threshold.setValue(insight.defaultGapThreshold());
        threshold.addValueChangeListener(change -> refresh());
        workbook = new Anchor(this::exportWorkbook, getTranslation("insight.download.workbook"));
        workbook.setId("insight-workbook");
        headline.addClassName("figures");
        headline.setId("insight-headline");

        add(
                new H2(getTranslation("insight.title")),
                new Paragraph(getTranslation("insight.intro")),
                filters,
                workbook,
                headline,
                section("insight.funnel.heading", "insight.funnel.explains", funnel),
                section("insight.waiting.heading", "insight.waiting.explains", new Div(reviewDays), waiting),
                section("insight.failures.heading", "insight.failures.explains", failures),
                section("insight.supply.heading", "insight.supply.explains", new Div(threshold), supply),
                section("insight.trend.heading", "insight.trend.explains", trend),
                section(
                        "insight.weights.heading",
                        "insight.weights.explains",
                        new LearnedWeightsPanel(weights, currentUser.require().hasRole(Roles.PROGRAM_MANAGER))));
        show(filters.filter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.title");
    }

    private void show(InsightFilter filter) {
        shown = new Shown(filter, List.of());
        refresh();
    }

    private void refresh() {
        if (shown == null
                || reviewDays.isInvalid()
                || reviewDays.getValue() == null
                || threshold.isInvalid()
                || threshold.getValue() == null) {
            return;
        }
        InsightFilter filter = shown.filter();
        String suffix = filter.from() + "-to-" + filter.to();
        InsightTables tables = new InsightTables(this::getTranslation, getLocale(), insight.zone(), clock.instant());
        List<Table> all = new ArrayList<>();

        Funnel figures = insight.funnel(filter);
        Table funnelTable = tables.funnel(figures);
        headline.removeAll();
        for (Funnel.Stage stage : List.of(
                Funnel.Stage.REQUESTED,
                Funnel.Stage.INTRODUCED,
                Funnel.Stage.PILOT_AGREED,
                Funnel.Stage.CONTRACT_SIGNED)) {
            headline.add(figure(
                    "insight-figure-" + stage.name().toLowerCase(java.util.Locale.ROOT),
                    figures.stage(stage).reached(),
                    getTranslation("insight.stage." + stage.name())));
        }
        funnel.removeAll();
        funnel.add(new TableView(funnelTable, Charts.bars(funnelTable, true, false, 1), suffix, getLocale()));
        all.add(funnelTable);

        Waiting waits = insight.waiting(filter, reviewDays.getValue());
        waiting.removeAll();
        for (Table table : List.of(tables.inReview(waits), tables.awaitingAnswer(waits), tables.expiring(waits))) {
            waiting.add(new TableView(table, null, suffix, getLocale()));
            all.add(table);
        }
        Table responders = tables.responders(waits);
        TableView responderView = new TableView(responders, null, suffix, getLocale());
        responderView.grid.addItemClickListener(click -> {
            Waiting.Responder responder =
                    waits.responders().get(responders.rows().indexOf(click.getItem()));
            organizations.stream()
                    .filter(choice -> choice.id().toString().equals(responder.organizationId()))
                    .findFirst()
                    .ifPresent(filters::showOrganization);
        });
        waiting.add(responderView);
        all.add(responders);

        List<TrendMonth> monthly = insight.trend(filter);
        Failures failed = insight.failures(filter);
        failures.removeAll();
        List<YearMonth> months = monthly.stream().map(TrendMonth::month).toList();
        for (Decliner by : Decliner.values()) {
            Table declines = tables.declines(failed, by, months);
            failures.add(
                    new TableView(declines, Charts.bars(declines, false, true, 1, 2, 3, 4, 5, 6), suffix, getLocale()));
            all.add(declines);
        }
        Table byScore = tables.byScore(failed);
        failures.add(new TableView(byScore, Charts.bars(byScore, false, false, 3, 5), suffix, getLocale()));
        all.add(byScore);

        SupplyAndDemand market = insight.supplyAndDemand(threshold.getValue());
        supply.removeAll();
        for (Table table : List.of(
                tables.supply("supply-category", "insight.supply.by-category", "posting.category", market.byCategory()),
                tables.supply(
                        "supply-clinical-area",
                        "insight.supply.by-clinical-area",
                        "insight.filter.clinical-area",
                        market.byClinicalArea()),
                tables.supply(
                        "supply-region", "insight.supply.by-region", "insight.filter.region", market.byRegion()))) {
            supply.add(new TableView(table, Charts.bars(table, true, false, 1, 2), suffix, getLocale()));
            all.add(table);
        }
        for (Table table : List.of(
                tables.gaps(
                        "gaps-needs",
                        getTranslation(
                                "insight.gaps.needs",
                                market.needsWithoutOpportunity().size(),
                                market.publishedNeeds(),
                                market.threshold()),
                        getTranslation("insight.gaps.need"),
                        market.needsWithoutOpportunity()),
                tables.gaps(
                        "gaps-opportunities",
                        getTranslation(
                                "insight.gaps.opportunities",
                                market.opportunitiesWithoutNeed().size(),
                                market.publishedOpportunities(),
                                market.threshold()),
                        getTranslation("insight.gaps.opportunity"),
                        market.opportunitiesWithoutNeed()))) {
            supply.add(new TableView(table, null, suffix, getLocale()));
            all.add(table);
        }
        supply.add(new Paragraph(
                market.gapsAsOf() == null
                        ? getTranslation("insight.gaps.ranking")
                        : getTranslation(
                                "insight.gaps.as-of",
                                java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                                                java.time.format.FormatStyle.SHORT)
                                        .withLocale(getLocale())
                                        .format(market.gapsAsOf().atZone(insight.zone())))));

        Table trendTable = tables.trend(monthly);
        trend.removeAll();
        trend.add(new TableView(trendTable, Charts.lines(trendTable, 1, 2, 3), suffix, getLocale()));
        all.add(trendTable);

        shown = new Shown(filter, List.copyOf(all));
    }

    private void exportWorkbook(DownloadEvent event) throws IOException {
        Shown now = shown;
        event.setFileName(
                "insight-" + now.filter().from() + "-to-" + now.filter().to() + ".xlsx");
        event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Workbook.write(now.tables(), describe(now.filter()), event.getOutputStream());
    }

    /** The period and filters in words, for the workbook. */
    private String describe(InsightFilter filter) {
        return getTranslation(
                "insight.workbook.description",
                filter.from(),
                filter.to(),
                or(filter.region()),
                or(filter.category()),
                or(filter.clinicalArea()),
                filter.requester() == null ? getTranslation("insight.filter.anyone") : filter.requester(),
                filter.organization() == null
                        ? getTranslation("insight.filter.any")
                        : organizations.stream()
                                .filter(choice ->
                                        choice.id().equals(filter.organization().value()))
                                .map(OrganizationChoice::name)
                                .findFirst()
                                .orElse(filter.organization().toString()));
    }

    private String or(String code) {
        return code == null ? getTranslation("insight.filter.any") : code;
    }

    private Component section(String headingKey, String explainsKey, Component... content) {
        Div section = new Div(new H3(getTranslation(headingKey)), new Paragraph(getTranslation(explainsKey)));
        section.addClassName("insight-section");
        section.add(content);
        return section;
    }

    private static Component figure(String id, long value, String label) {
        Span number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("figure-label");
        FlexLayout figure = new FlexLayout(number, text);
        figure.setId(id);
        figure.addClassName("figure");
        return figure;
    }
}
