package org.marketaccess.portal.demo;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.HistoryStep;
import org.marketaccess.portal.introduction.HistoryStep.Kind;
import org.marketaccess.portal.introduction.ImportedIntroduction;
import org.marketaccess.portal.introduction.IntroductionImportService;
import org.marketaccess.portal.matching.IndexAdminService;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.OrganizationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A year of the program's past for the demo's insight: about two hundred introductions between the
 * demo postings of all three clusters, requested over the last twelve months and taken through
 * every step and outcome, imported with their history as a program would import its records
 * ({@link IntroductionImportService}). The same seed gives the same year, relative to today. Each
 * pair's match score is the engine's; a better score makes approval, acceptance and a pilot more
 * likely here, which is this generator's assumption, not a finding.
 */
@Component
class DemoHistory {

    static final int INTRODUCTIONS = 200;
    static final String ID_PREFIX = "demo-history-";

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final List<DeclineReason> PROGRAM_REASONS = List.of(
            DeclineReason.NOT_RELEVANT, DeclineReason.TOO_EARLY, DeclineReason.NOT_RELEVANT, DeclineReason.OTHER);
    private static final List<DeclineReason> RECIPIENT_REASONS = List.of(
            DeclineReason.NO_CAPACITY,
            DeclineReason.MISSING_CERTIFICATION,
            DeclineReason.MISSING_INTEGRATION,
            DeclineReason.NO_CAPACITY,
            DeclineReason.TOO_EARLY,
            DeclineReason.NOT_RELEVANT);

    private final IntroductionImportService imports;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final MatchingService matching;
    private final IndexAdminService index;
    private final Clock clock;

    DemoHistory(
            IntroductionImportService imports,
            NeedService needs,
            OpportunityService opportunities,
            MatchingService matching,
            IndexAdminService index,
            Clock clock) {
        this.imports = imports;
        this.needs = needs;
        this.opportunities = opportunities;
        this.matching = matching;
        this.index = index;
        this.clock = clock;
    }

    /** Imports the year, leaving out the pairs in {@code taken}; returns how many were imported. */
    int seed(Set<String> taken) {
        return runAsSystem(() -> {
            // the scores come from the index: let it catch up with the postings just imported
            index.catchUp();
            List<NeedForMatching> allNeeds = new ArrayList<>();
            needs.forEachForMatching(allNeeds::add);
            List<OpportunityForMatching> allOpportunities = new ArrayList<>();
            opportunities.forEachForMatching(allOpportunities::add);
            if (allNeeds.isEmpty() || allOpportunities.isEmpty()) {
                return 0;
            }
            allNeeds.sort(java.util.Comparator.comparing(need -> need.id().toString()));
            allOpportunities.sort(java.util.Comparator.comparing(
                    opportunity -> opportunity.id().toString()));
            Random random = new Random(2026);
            Instant now = clock.instant();
            Set<String> used = new HashSet<>(taken);
            int imported = 0;
            for (int n = 0; n < INTRODUCTIONS && used.size() < allNeeds.size() * allOpportunities.size(); n++) {
                NeedForMatching need = allNeeds.get(random.nextInt(allNeeds.size()));
                OpportunityForMatching opportunity = allOpportunities.get(random.nextInt(allOpportunities.size()));
                if (!used.add(need.id() + ":" + opportunity.id())) {
                    n--;
                    continue;
                }
                double score = matching.pairScore(need.id(), opportunity.id()).orElse(0.0);
                ImportedIntroduction history = history(n, need, opportunity, score, random, now);
                Map<String, String> problems = imports.problems(history, new HashSet<>());
                if (problems.isEmpty()) {
                    imports.importIntroduction(history);
                    imported++;
                } else {
                    log.info("Demo history: {} left out: {}", history.externalId(), problems);
                }
            }
            log.info("Demo history: {} past introductions over the last twelve months", imported);
            return imported;
        });
    }

    private static ImportedIntroduction history(
            int n, NeedForMatching need, OpportunityForMatching opportunity, double score, Random random, Instant now) {
        double fit = score / 100;
        Instant requested = now.minus(Duration.ofMinutes((long) (random.nextDouble() * 365 * 24 * 60)));
        OrganizationType requester = random.nextDouble() < 0.65 ? OrganizationType.STARTUP : OrganizationType.PROVIDER;
        Steps steps = new Steps(requested, now);
        if (random.nextDouble() < 0.12) {
            steps.after(days(random, 1, 6), Kind.INFORMATION_REQUESTED, null);
            steps.after(days(random, 1, 8), Kind.RESUBMITTED, null);
        }
        double review = random.nextDouble();
        if (review < 0.04) {
            steps.after(days(random, 0.5, 10), Kind.WITHDRAWN, null);
        } else if (review < 0.10 + 0.25 * (1 - fit)) {
            steps.after(days(random, 0.5, 10), Kind.DECLINED_BY_PROGRAM, pick(PROGRAM_REASONS, random));
        } else if (steps.after(days(random, 0.5, 10), Kind.APPROVED, null)) {
            double answer = random.nextDouble();
            if (answer < 0.03) {
                steps.after(days(random, 1, 12), Kind.WITHDRAWN, null);
            } else if (answer < 0.12) {
                steps.after(Duration.ofDays(14), Kind.EXPIRED, null);
            } else if (answer < 0.22 + 0.3 * (1 - fit)) {
                steps.after(days(random, 1, 13), Kind.DECLINED_BY_RECIPIENT, pick(RECIPIENT_REASONS, random));
            } else if (steps.after(days(random, 0.5, 13), Kind.ACCEPTED, null)) {
                outcomes(steps, fit, random);
            }
        }
        return new ImportedIntroduction(
                ID_PREFIX + String.format("%03d", n + 1),
                need.id(),
                opportunity.id(),
                requester,
                "We would like to explore a pilot together: " + need.content().title() + ".",
                requested,
                Math.round(score * 10) / 10.0,
                steps.list);
    }

    /** Meeting, pilot, completion, contract, each less likely than the one before; or no fit. */
    private static void outcomes(Steps steps, double fit, Random random) {
        if (random.nextDouble() < 0.15) {
            steps.after(days(random, 5, 40), Kind.CLOSED_NO_FIT, null);
            return;
        }
        // a few meetings are never recorded: the pilot is the first outcome the program hears of
        boolean recorded = random.nextDouble() > 0.1;
        if (recorded && !steps.after(days(random, 3, 25), Kind.MEETING_HELD, null)) {
            return;
        }
        if (random.nextDouble() > 0.35 + 0.4 * fit) {
            if (random.nextDouble() < 0.5) {
                steps.after(days(random, 5, 30), Kind.CLOSED_NO_FIT, null);
            }
            return;
        }
        if (!steps.after(days(random, 10, 45), Kind.PILOT_AGREED, null)) {
            return;
        }
        if (random.nextDouble() > 0.7 || !steps.after(days(random, 45, 120), Kind.PILOT_COMPLETED, null)) {
            return;
        }
        if (random.nextDouble() < 0.55) {
            steps.after(days(random, 10, 40), Kind.CONTRACT_SIGNED, null);
        } else if (random.nextDouble() < 0.5) {
            steps.after(days(random, 5, 20), Kind.CLOSED_NO_FIT, null);
        }
    }

    /** The steps so far; a step that would lie in the future is not taken (the request waits there). */
    private static final class Steps {
        final List<HistoryStep> list = new ArrayList<>();
        final Instant now;
        Instant last;
        boolean stopped;

        Steps(Instant requested, Instant now) {
            this.last = requested;
            this.now = now;
        }

        boolean after(Duration wait, Kind kind, DeclineReason reason) {
            Instant at = last.plus(wait);
            if (stopped || at.isAfter(now)) {
                stopped = true;
                return false;
            }
            list.add(new HistoryStep(kind, at, reason, null));
            last = at;
            return true;
        }
    }

    private static Duration days(Random random, double min, double max) {
        return Duration.ofMinutes((long) ((min + random.nextDouble() * (max - min)) * 24 * 60));
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
