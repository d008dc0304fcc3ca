package org.marketaccess.portal.insight.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marketaccess.portal.insight.Failures;
import org.marketaccess.portal.insight.Failures.DeclineCount;
import org.marketaccess.portal.insight.Failures.Decliner;
import org.marketaccess.portal.insight.Failures.ScoreBand;
import org.marketaccess.portal.insight.Funnel;
import org.marketaccess.portal.insight.Funnel.Exit;
import org.marketaccess.portal.insight.Funnel.FunnelStage;
import org.marketaccess.portal.insight.SupplyAndDemand.Gap;
import org.marketaccess.portal.insight.SupplyAndDemand.Supply;
import org.marketaccess.portal.insight.TrendMonth;
import org.marketaccess.portal.insight.Waiting;
import org.marketaccess.portal.insight.Waiting.Responder;
import org.marketaccess.portal.insight.Waiting.WaitingRequest;
import org.marketaccess.portal.introduction.DeclineReason;

/** The insight figures as the tables people read, in their language. */
final class InsightTables {

    /** The view's translations. */
    @FunctionalInterface
    interface Words {
        String get(String key, Object... arguments);
    }

    private final Words words;
    private final Locale locale;
    private final ZoneId zone;
    private final Instant now;

    InsightTables(Words words, Locale locale, ZoneId zone, Instant now) {
        this.words = words;
        this.locale = locale;
        this.zone = zone;
        this.now = now;
    }

    Table funnel(Funnel funnel) {
        List<List<Object>> rows = new ArrayList<>();
        for (FunnelStage stage : funnel.stages()) {
            rows.add(Arrays.asList(
                    words.get("insight.stage." + stage.stage().name()),
                    stage.reached(),
                    stage.fromPrevious(),
                    stage.fromRequest(),
                    stage.medianDays(),
                    stage.p90Days(),
                    stage.left(Exit.WITHDRAWN),
                    stage.left(Exit.DECLINED_BY_PROGRAM),
                    stage.left(Exit.DECLINED_BY_RECIPIENT),
                    stage.left(Exit.EXPIRED),
                    stage.left(Exit.CLOSED_NO_FIT),
                    stage.left(Exit.OPEN)));
        }
        return new Table(
                "funnel",
                words.get("insight.funnel.title"),
                List.of(
                        Table.text(words.get("insight.funnel.stage")),
                        Table.count(words.get("insight.funnel.reached")),
                        Table.share(words.get("insight.funnel.from-previous")),
                        Table.share(words.get("insight.funnel.from-request")),
                        Table.days(words.get("insight.funnel.median-days")),
                        Table.days(words.get("insight.funnel.p90-days")),
                        Table.count(words.get("insight.exit.WITHDRAWN")),
                        Table.count(words.get("insight.exit.DECLINED_BY_PROGRAM")),
                        Table.count(words.get("insight.exit.DECLINED_BY_RECIPIENT")),
                        Table.count(words.get("insight.exit.EXPIRED")),
                        Table.count(words.get("insight.exit.CLOSED_NO_FIT")),
                        Table.count(words.get("insight.exit.OPEN"))),
                rows);
    }

    Table inReview(Waiting waiting) {
        return requests(
                "in-review",
                words.get("insight.waiting.in-review", waiting.reviewDays(), waiting.inReviewTooLong()),
                waiting.inReview(),
                words.get("insight.waiting.in-review-since"),
                false);
    }

    Table awaitingAnswer(Waiting waiting) {
        return requests(
                "awaiting-answer",
                words.get("insight.waiting.unanswered", waiting.unanswered()),
                waiting.awaitingAnswer(),
                words.get("insight.waiting.approved"),
                true);
    }

    Table expiring(Waiting waiting) {
        return requests(
                "expiring",
                words.get("insight.waiting.expiring", waiting.expiringSoon()),
                waiting.expiring(),
                words.get("insight.waiting.answer-by"),
                true);
    }

    private Table requests(String id, String title, List<WaitingRequest> requests, String sinceHeader, boolean until) {
        List<List<Object>> rows = new ArrayList<>();
        for (WaitingRequest request : requests) {
            List<Object> row = new ArrayList<>(Arrays.asList(
                    request.needTitle() + " / " + request.opportunityTitle(),
                    request.requesterName(),
                    request.recipientName(),
                    date(request.since())));
            row.add(until ? date(request.until()) : daysSince(request.since()));
            rows.add(row);
        }
        return new Table(
                id,
                title,
                List.of(
                        Table.text(words.get("insight.waiting.request")),
                        Table.text(words.get("insight.waiting.requester")),
                        Table.text(words.get("insight.waiting.recipient")),
                        Table.text(sinceHeader),
                        until
                                ? Table.text(words.get("insight.waiting.answer-by"))
                                : Table.days(words.get("insight.waiting.days-waiting"))),
                rows);
    }

    Table responders(Waiting waiting) {
        List<List<Object>> rows = new ArrayList<>();
        for (Responder responder : waiting.responders()) {
            rows.add(Arrays.asList(
                    responder.name(),
                    responder.approved(),
                    responder.answered(),
                    responder.expired(),
                    responder.waiting(),
                    responder.medianDaysToAnswer(),
                    responder.answeredInTime()));
        }
        return new Table(
                "responders",
                words.get("insight.responders.title"),
                List.of(
                        Table.text(words.get("insight.responders.organization")),
                        Table.count(words.get("insight.responders.approved")),
                        Table.count(words.get("insight.responders.answered")),
                        Table.count(words.get("insight.responders.expired")),
                        Table.count(words.get("insight.responders.waiting")),
                        Table.days(words.get("insight.responders.median-days")),
                        Table.share(words.get("insight.responders.in-time"))),
                rows);
    }

    /** One decliner's declines as months by reasons: the chart's and the table's shape. */
    Table declines(Failures failures, Decliner by, List<YearMonth> months) {
        Map<YearMonth, long[]> counts = new LinkedHashMap<>();
        months.forEach(month -> counts.put(month, new long[DeclineReason.values().length]));
        for (DeclineCount count : failures.declines()) {
            if (count.by() == by) {
                counts.computeIfAbsent(count.month(), month -> new long[DeclineReason.values().length])[
                                count.reason().ordinal()] +=
                        count.count();
            }
        }
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.text(words.get("insight.month")));
        for (DeclineReason reason : DeclineReason.values()) {
            columns.add(Table.count(words.get("introduction.decline-reason." + reason.code())));
        }
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((month, perReason) -> {
            List<Object> row = new ArrayList<>();
            row.add(month(month));
            for (long count : perReason) {
                row.add(count);
            }
            rows.add(row);
        });
        return new Table(
                "declines-" + by.name().toLowerCase(Locale.ROOT),
                words.get("insight.declines." + by.name()),
                columns,
                rows);
    }

    Table byScore(Failures failures) {
        List<List<Object>> rows = new ArrayList<>();
        for (ScoreBand band : failures.byScore()) {
            rows.add(Arrays.asList(
                    band.from() == null
                            ? words.get("insight.score.unknown")
                            : words.get("insight.score.band", band.from(), Math.min(band.to(), 100)),
                    band.requests(),
                    band.introduced(),
                    band.introducedShare(),
                    band.pilots(),
                    band.pilotShare()));
        }
        return new Table(
                "by-score",
                words.get("insight.score.title"),
                List.of(
                        Table.text(words.get("insight.score.score")),
                        Table.count(words.get("insight.score.requests")),
                        Table.count(words.get("insight.score.introduced")),
                        Table.share(words.get("insight.score.introduced-share")),
                        Table.count(words.get("insight.score.pilots")),
                        Table.share(words.get("insight.score.pilot-share"))),
                rows);
    }

    Table supply(String id, String titleKey, String codeHeaderKey, List<Supply> supply) {
        List<List<Object>> rows = new ArrayList<>();
        supply.forEach(row -> rows.add(List.of(row.label(), row.needs(), row.opportunities())));
        return new Table(
                id,
                words.get(titleKey),
                List.of(
                        Table.text(words.get(codeHeaderKey)),
                        Table.count(words.get("insight.supply.needs")),
                        Table.count(words.get("insight.supply.opportunities"))),
                rows);
    }

    Table gaps(String id, String title, String postingHeader, List<Gap> gaps) {
        List<List<Object>> rows = new ArrayList<>();
        gaps.forEach(gap -> rows.add(List.of(gap.title(), gap.bestScore())));
        return new Table(
                id, title, List.of(Table.text(postingHeader), Table.score(words.get("insight.gaps.best-score"))), rows);
    }

    Table trend(List<TrendMonth> trend) {
        List<List<Object>> rows = new ArrayList<>();
        trend.forEach(month ->
                rows.add(List.of(month(month.month()), month.requests(), month.introductions(), month.pilots())));
        return new Table(
                "trend",
                words.get("insight.trend.title"),
                List.of(
                        Table.text(words.get("insight.month")),
                        Table.count(words.get("insight.trend.requests")),
                        Table.count(words.get("insight.trend.introductions")),
                        Table.count(words.get("insight.trend.pilots"))),
                rows);
    }

    private String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }

    private String date(Instant at) {
        return at == null
                ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(at.atZone(zone));
    }

    private Double daysSince(Instant since) {
        return since == null ? null : Duration.between(since, now).toMinutes() / 1440.0;
    }
}
