package org.marketaccess.portal.insight;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marketaccess.portal.cluster.Cluster;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.insight.SupplyAndDemand.Gap;
import org.marketaccess.portal.insight.SupplyAndDemand.Supply;
import org.marketaccess.portal.insight.internal.GapFinder;
import org.marketaccess.portal.insight.internal.InsightQueries;
import org.marketaccess.portal.insight.internal.InsightQueries.Counted;
import org.marketaccess.portal.insight.internal.Scopes;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's figures for its dashboard, its exports and its monthly summary. Program managers
 * and administrators only. Each method is one read of the database, where the counting happens.
 */
@Service
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional(readOnly = true)
public class InsightService {

    /** How far ahead a request counts as expiring soon. */
    public static final Duration EXPIRING_WITHIN = Duration.ofDays(7);
    /** How many waiting requests and responders a list shows (the counts are complete). */
    public static final int LIST_MAX = 50;

    private final InsightQueries queries;
    private final Scopes scopes;
    private final GapFinder gaps;
    private final TaxonomyService taxonomy;
    private final InsightSettings settings;
    private final Clock clock;

    InsightService(
            InsightQueries queries,
            Scopes scopes,
            GapFinder gaps,
            TaxonomyService taxonomy,
            InsightSettings settings,
            Clock clock) {
        this.queries = queries;
        this.scopes = scopes;
        this.gaps = gaps;
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.clock = clock;
    }

    /** The clusters the caller may filter by (decision 028): a manager's own, an administrator's all. */
    public List<Cluster> clusters() {
        return scopes.choosable();
    }

    /** The last 90 days, no other filter: what the dashboard opens with. */
    public InsightFilter defaultFilter() {
        return InsightFilter.lastDays(90, clock, settings.zone());
    }

    public ZoneId zone() {
        return settings.zone();
    }

    /** The requests made in the period through the funnel. */
    public Funnel funnel(InsightFilter filter) {
        return queries.funnel(scopes.of(filter));
    }

    /** What waits now; the per-organization answers count the requests approved in the period. */
    public Waiting waiting(InsightFilter filter, int reviewDays) {
        if (reviewDays < 0 || reviewDays > 365) {
            throw new InvalidInputException("reviewDays", "insight.review-days.range");
        }
        var scope = scopes.of(filter);
        Instant now = clock.instant();
        Counted inReview = queries.waiting(
                scope,
                "PENDING_REVIEW",
                "i.updated_at < :before",
                "i.updated_at",
                LIST_MAX,
                "before",
                now.minus(Duration.ofDays(reviewDays)));
        Counted awaiting = queries.waiting(scope, "AWAITING_RESPONSE", null, "i.approved_at", LIST_MAX);
        Counted expiring = queries.waiting(
                scope,
                "AWAITING_RESPONSE",
                "i.expires_at < :soon",
                "i.expires_at",
                LIST_MAX,
                "soon",
                now.plus(EXPIRING_WITHIN));
        return new Waiting(
                reviewDays,
                inReview.count(),
                inReview.first(),
                awaiting.count(),
                awaiting.first(),
                expiring.count(),
                expiring.first(),
                queries.responders(scope, LIST_MAX));
    }

    /** Declines in the period by month, who and why; the period's requests by match score. */
    public Failures failures(InsightFilter filter) {
        var scope = scopes.of(filter);
        return new Failures(queries.declines(scope), queries.byScore(scope));
    }

    /** Requests, introductions and pilots per month of the period, months without any included. */
    public List<TrendMonth> trend(InsightFilter filter) {
        Map<YearMonth, TrendMonth> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(filter.from());
                !month.isAfter(YearMonth.from(filter.to()));
                month = month.plusMonths(1)) {
            months.put(month, new TrendMonth(month, 0, 0, 0));
        }
        queries.trend(scopes.of(filter)).forEach(found -> months.put(found.month(), found));
        return List.copyOf(months.values());
    }

    /**
     * Published needs and opportunities per category, clinical area and region (the whole program,
     * now), and the postings whose best counterpart scores below {@code threshold}.
     */
    public SupplyAndDemand supplyAndDemand(double threshold) {
        if (threshold < 0 || threshold > 100) {
            throw new InvalidInputException("threshold", "insight.threshold.range");
        }
        Optional<GapFinder.Snapshot> best = gaps.current();
        long[] published = queries.published();
        return new SupplyAndDemand(
                supply(TaxonomyKind.CATEGORY, false),
                supply(TaxonomyKind.CLINICAL_AREA, false),
                supply(TaxonomyKind.REGION, true),
                threshold,
                published[0],
                published[1],
                best.map(found -> below(found.needs(), threshold)).orElse(List.of()),
                best.map(found -> below(found.opportunities(), threshold)).orElse(List.of()),
                best.map(GapFinder.Snapshot::computedAt).orElse(null));
    }

    /** The verified organizations, by name: what the dashboard can be narrowed to. */
    public List<OrganizationChoice> organizations() {
        return queries.organizations();
    }

    /** An organization to filter by. */
    public record OrganizationChoice(java.util.UUID id, String name) {}

    public double defaultGapThreshold() {
        return settings.gapThreshold();
    }

    public int defaultReviewDays() {
        return settings.reviewDays();
    }

    private List<Supply> supply(TaxonomyKind kind, boolean opportunityRegionColumn) {
        List<Supply> rows = new ArrayList<>();
        queries.supply(kind.name(), opportunityRegionColumn)
                .forEach(
                        (code, counts) -> rows.add(new Supply(code, taxonomy.label(kind, code), counts[0], counts[1])));
        rows.sort(Comparator.comparingLong((Supply row) -> -(row.needs() + row.opportunities()))
                .thenComparing(Supply::label));
        return List.copyOf(rows);
    }

    private static List<Gap> below(List<Gap> all, double threshold) {
        return all.stream()
                .filter(gap -> gap.bestScore() < threshold)
                .sorted(Comparator.comparingDouble(Gap::bestScore).thenComparing(Gap::title))
                .toList();
    }
}
