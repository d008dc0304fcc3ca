package org.marketaccess.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketaccess.portal.dataset.DatasetImportService;
import org.marketaccess.portal.dataset.ImportProgress;
import org.marketaccess.portal.dataset.ImportReport;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.insight.Failures.Decliner;
import org.marketaccess.portal.insight.Failures.ScoreBand;
import org.marketaccess.portal.insight.Funnel.Exit;
import org.marketaccess.portal.insight.Funnel.FunnelStage;
import org.marketaccess.portal.insight.Funnel.Stage;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.HistorySet;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The dashboard's figures for a past the test knows day by day ({@link HistorySet}): exact counts,
 * conversions, medians and 90th percentiles, withdrawals, expiries and declines at each step,
 * outcomes that skip a step, requests across clusters; and who may read them.
 */
@IntegrationTest
class InsightServiceIT {

    static final String PM = TestData.DEMO_PROGRAM_MANAGER;

    @Autowired
    InsightService insight;

    @Autowired
    DatasetImportService imports;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ActAs actAs;

    @Autowired
    Clock clock;

    @TempDir
    Path directory;

    HistorySet set;
    InsightFilter hub;

    @BeforeEach
    void importAKnownPast() {
        set = new HistorySet(clock.instant());
        ImportReport report = SystemAuthentication.runAsSystem(
                () -> imports.importDirectory(set.write(directory), ImportProgress.NONE));
        assertThat(report.imported()).as(report.describe()).isTrue();
        assertThat(report.introductions().created()).isEqualTo(11);
        OrganizationId hubId = SystemAuthentication.runAsSystem(
                () -> organizations.findByExternalId(set.hubId).orElseThrow().id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        hub = new InsightFilter(today.minusDays(85), today, null, null, null, null, hubId);
    }

    @Test
    void theFunnelCountsEachStageItsConversionsAndWhereRequestsLeft() {
        Funnel funnel = as(PM, () -> insight.funnel(hub));

        assertThat(funnel.stages()).extracting(FunnelStage::reached).containsExactly(11L, 8L, 3L, 2L, 2L, 1L, 1L);
        assertThat(funnel.stage(Stage.APPROVED).fromPrevious()).isCloseTo(8 / 11.0, within(1e-9));
        assertThat(funnel.stage(Stage.INTRODUCED).fromPrevious()).isCloseTo(3 / 8.0, within(1e-9));
        assertThat(funnel.stage(Stage.INTRODUCED).fromRequest()).isCloseTo(3 / 11.0, within(1e-9));
        assertThat(funnel.stage(Stage.CONTRACT_SIGNED).fromRequest()).isCloseTo(1 / 11.0, within(1e-9));
        assertThat(funnel.stage(Stage.REQUESTED).fromPrevious()).isNull();

        // left after the request: E declined by the program, F withdrawn, J still in review
        assertThat(funnel.stage(Stage.REQUESTED).leftHere())
                .isEqualTo(Map.of(Exit.DECLINED_BY_PROGRAM, 1L, Exit.WITHDRAWN, 1L, Exit.OPEN, 1L));
        // left after approval: C declined, D expired, G withdrawn; K and L wait for their answer
        assertThat(funnel.stage(Stage.APPROVED).leftHere())
                .isEqualTo(Map.of(Exit.DECLINED_BY_RECIPIENT, 1L, Exit.EXPIRED, 1L, Exit.WITHDRAWN, 1L, Exit.OPEN, 2L));
        assertThat(funnel.stage(Stage.INTRODUCED).leftHere()).isEqualTo(Map.of(Exit.OPEN, 1L));
        // B agreed a pilot without a recorded meeting, then closed with no fit
        assertThat(funnel.stage(Stage.MEETING_HELD).leftHere()).isEmpty();
        assertThat(funnel.stage(Stage.PILOT_AGREED).leftHere()).isEqualTo(Map.of(Exit.CLOSED_NO_FIT, 1L));
        assertThat(funnel.stage(Stage.CONTRACT_SIGNED).leftHere()).isEmpty();
    }

    @Test
    void eachStepHasTheMedianAndNinetiethPercentileOfItsDays() {
        Funnel funnel = as(PM, () -> insight.funnel(hub));

        // days to approval: 2 2 2 2 4 4 6 10 (H's review counts from its request, information asked and all)
        assertDays(funnel.stage(Stage.APPROVED), 3.0, 7.2);
        // approval to introduction: A 1, B 3, H 1
        assertDays(funnel.stage(Stage.INTRODUCED), 1.0, 2.6);
        // only A recorded a meeting; B's pilot has no meeting to count from
        assertDays(funnel.stage(Stage.MEETING_HELD), 5.0, 5.0);
        assertDays(funnel.stage(Stage.PILOT_AGREED), 10.0, 10.0);
        assertDays(funnel.stage(Stage.PILOT_COMPLETED), 52.0, 52.0);
        assertDays(funnel.stage(Stage.CONTRACT_SIGNED), 5.0, 5.0);
        assertThat(funnel.stage(Stage.REQUESTED).medianDays()).isNull();
    }

    @Test
    void filtersNarrowByClusterEitherSideRequesterCategoryAndClinicalArea() {
        assertThat(requests(hub.withRegion("catalonia")))
                .as("Beta's B, E, H, L")
                .isEqualTo(4);
        assertThat(requests(hub.withRegion("united-kingdom")))
                .as("a region holds the regions inside it: Gamma in Yorkshire, C and F")
                .isEqualTo(2);
        assertThat(requests(hub.withRegion("massachusetts")))
                .as("the hub is either side of all")
                .isEqualTo(11);
        assertThat(requests(new InsightFilter(
                        hub.from(), hub.to(), null, null, null, OrganizationType.PROVIDER, hub.organization())))
                .as("the hub asked once")
                .isEqualTo(1);
        assertThat(requests(
                        new InsightFilter(hub.from(), hub.to(), null, "telehealth", null, null, hub.organization())))
                .as("either posting: n2 or o2")
                .isEqualTo(7);
        assertThat(requests(
                        new InsightFilter(hub.from(), hub.to(), null, null, "cardiology", null, hub.organization())))
                .as("n1, n4 or o1")
                .isEqualTo(8);
        LocalDate day = LocalDate.ofInstant(set.day(60), ZoneOffset.UTC);
        assertThat(requests(hub.withPeriod(day, day.plusDays(20))))
                .as("J, K, L")
                .isEqualTo(3);
    }

    @Test
    void whatWaitsAndHowFastEachRecipientAnswers() {
        Waiting waiting = as(PM, () -> insight.waiting(hub, 7));

        assertThat(waiting.inReviewTooLong()).isEqualTo(1);
        assertThat(waiting.inReview()).singleElement().satisfies(request -> {
            assertThat(request.needTitle()).isEqualTo("Need n1 " + set.tag);
            assertThat(request.since()).isEqualTo(set.day(60));
        });
        assertThat(waiting.unanswered()).isEqualTo(2);
        assertThat(waiting.awaitingAnswer())
                .extracting(Waiting.WaitingRequest::since)
                .containsExactly(set.day(70), set.day(79));
        assertThat(waiting.expiringSoon()).as("K, due four days from now").isEqualTo(1);
        assertThat(as(PM, () -> insight.waiting(hub, 30)).inReviewTooLong()).isZero();

        assertThat(waiting.responders()).hasSize(2);
        Waiting.Responder hubAnswers = waiting.responders().getFirst();
        assertThat(hubAnswers.name()).isEqualTo(set.hubName);
        assertThat(hubAnswers.approved()).isEqualTo(7);
        assertThat(hubAnswers.answered()).isEqualTo(4);
        assertThat(hubAnswers.expired()).isEqualTo(1);
        assertThat(hubAnswers.waiting()).isEqualTo(2);
        assertThat(hubAnswers.medianDaysToAnswer()).isCloseTo(1.5, within(1e-9));
        assertThat(hubAnswers.answeredInTime()).isCloseTo(0.8, within(1e-9));
        Waiting.Responder alpha = waiting.responders().get(1);
        assertThat(alpha.approved()).as("G, withdrawn before Alpha answered").isEqualTo(1);
        assertThat(alpha.medianDaysToAnswer()).isNull();
        assertThat(alpha.answeredInTime()).isNull();
    }

    @Test
    void declinesByMonthWhoAndWhyAndConversionByScore() {
        Failures failures = as(PM, () -> insight.failures(hub));

        assertThat(failures.declines())
                .containsExactlyInAnyOrderElementsOf(List.of(
                        new Failures.DeclineCount(month(set.day(5)), Decliner.PROGRAM, DeclineReason.TOO_EARLY, 1),
                        new Failures.DeclineCount(
                                month(set.day(10)), Decliner.RECIPIENT, DeclineReason.NO_CAPACITY, 1)));
        assertThat(failures.byScore())
                .containsExactly(
                        new ScoreBand(0, 20, 1, 0, 0),
                        new ScoreBand(20, 40, 1, 0, 0),
                        new ScoreBand(40, 60, 3, 0, 0),
                        new ScoreBand(60, 80, 3, 2, 1),
                        new ScoreBand(80, 101, 2, 1, 1),
                        new ScoreBand(null, null, 1, 0, 0));
    }

    @Test
    void theTrendCountsEachEventInItsMonthAndShowsEveryMonthOfThePeriod() {
        List<TrendMonth> trend = as(PM, () -> insight.trend(hub));

        Map<YearMonth, long[]> expected = new TreeMap<>();
        for (int day : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 60, 68, 77}) {
            expected.computeIfAbsent(month(set.day(day)), month -> new long[3])[0]++;
        }
        for (int day : new int[] {3, 8, 12}) {
            expected.computeIfAbsent(month(set.day(day)), month -> new long[3])[1]++;
        }
        for (int day : new int[] {18, 28}) {
            expected.computeIfAbsent(month(set.day(day)), month -> new long[3])[2]++;
        }
        assertThat(trend.getFirst().month()).isEqualTo(YearMonth.from(hub.from()));
        assertThat(trend.getLast().month()).isEqualTo(YearMonth.from(hub.to()));
        for (TrendMonth month : trend) {
            long[] counts = expected.getOrDefault(month.month(), new long[3]);
            assertThat(new long[] {month.requests(), month.introductions(), month.pilots()})
                    .as(month.month().toString())
                    .containsExactly(counts);
        }
    }

    @Test
    void aPostingWithoutAnyCounterpartIsAGapAndTheMarketIsCountedPerCode() {
        // the gaps are ranked in the background: wait for a ranking that includes this set's postings
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as(PM, () -> insight.supplyAndDemand(40)).gapsAsOf() != null);
        SupplyAndDemand market = as(PM, () -> insight.supplyAndDemand(40));

        // o3 (data analytics for oncology) has no need of its kind in this set
        assertThat(market.byCategory()).anySatisfy(row -> {
            assertThat(row.code()).isEqualTo("remote-monitoring");
            assertThat(row.label()).isEqualTo("Remote monitoring & wearables");
            assertThat(row.needs()).isGreaterThanOrEqualTo(3);
            assertThat(row.opportunities()).isGreaterThanOrEqualTo(1);
        });
        assertThat(market.byRegion()).anySatisfy(row -> assertThat(row.code()).isEqualTo("anywhere"));
        assertThat(market.publishedNeeds()).isGreaterThanOrEqualTo(5);
        assertThat(market.needsWithoutOpportunity())
                .allSatisfy(gap -> assertThat(gap.bestScore()).isLessThan(40));
        assertThat(as(PM, () -> insight.supplyAndDemand(0)).needsWithoutOpportunity())
                .isEmpty();
    }

    @Test
    void unknownCodesAndRangesAreRefusedRatherThanWidened() {
        assertThatThrownBy(() -> as(PM, () -> insight.funnel(hub.withRegion("atlantis"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(PM, () -> insight.waiting(hub, -1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(PM, () -> insight.supplyAndDemand(101))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> hub.withPeriod(hub.to(), hub.from())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheProgramAndAdministratorsReadTheFigures() {
        assertThat(as(TestData.DEMO_ADMIN, () -> insight.funnel(hub)).requests())
                .isEqualTo(11);
        for (String refused : List.of(TestData.DEMO_STARTUP, TestData.DEMO_PROVIDER)) {
            assertThatThrownBy(() -> as(refused, () -> insight.funnel(hub))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> insight.waiting(hub, 7)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> insight.failures(hub)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> insight.trend(hub))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> insight.supplyAndDemand(40)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(refused, () -> insight.organizations()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private long requests(InsightFilter filter) {
        return as(PM, () -> insight.funnel(filter)).requests();
    }

    private static void assertDays(FunnelStage stage, double median, double p90) {
        assertThat(stage.medianDays()).as(stage.stage() + " median").isCloseTo(median, within(1e-6));
        assertThat(stage.p90Days()).as(stage.stage() + " 90th percentile").isCloseTo(p90, within(1e-6));
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC));
    }

    private <T> T as(String who, java.util.function.Supplier<T> work) {
        return actAs.user(who, work);
    }
}
