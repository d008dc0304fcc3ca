package org.marketaccess.portal.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.marketaccess.portal.dataset.Dataset;
import org.marketaccess.portal.dataset.DatasetReader;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.MatchRules;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.PairFeatures;
import org.marketaccess.portal.search.RankedMatch;
import org.marketaccess.portal.search.ScoreWeights;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;

/**
 * The history replay of the evaluation command (decision 031): the weights are learned on the
 * earlier months of a history of decisions and both rankings, learned and design, are measured on
 * the later months' decisions (nDCG@10 of each asking posting's full list, the later decisions'
 * grades as labels, anything undecided as not relevant). The history is the data set's {@code
 * history.jsonl} when there is one; otherwise a synthetic one drawn from the qrels with noise,
 * which the output says.
 */
final class HistoryReplay {

    /** The synthetic history's seed: 16, or the environment's REPLAY_SEED (to see the spread over draws). */
    static final long SEED = Long.parseLong(System.getenv().getOrDefault("REPLAY_SEED", "16"));

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final int MONTHS = 12;

    private HistoryReplay() {}

    static void print(Path directory) {
        Dataset data = DatasetReader.read(directory);
        TaxonomySnapshot taxonomy = TaxonomySnapshot.fromMigrations();
        MatchRules rules = new MatchRules(taxonomy.regions(), taxonomy.stageRanks());
        Map<String, NeedProfile> needs = new LinkedHashMap<>();
        data.needs().forEach(need -> needs.put(need.id(), RankingEvaluation.profile(need)));
        Map<String, String> regions = new LinkedHashMap<>();
        data.organizations().forEach(organization -> regions.put(organization.id(), organization.region()));
        Map<String, OpportunityProfile> opportunities = new LinkedHashMap<>();
        data.opportunities()
                .forEach(opportunity -> opportunities.put(
                        opportunity.id(),
                        RankingEvaluation.profile(opportunity, regions.get(opportunity.organizationId()))));
        try (MatchEngine engine = MatchEngine.inMemory(needs.values(), opportunities.values(), rules, true)) {
            Path file = directory.resolve(HistoryFile.NAME);
            boolean synthetic = !Files.exists(file);
            List<DecidedPair> history =
                    synthetic ? synthetic(directory, engine, needs, opportunities) : HistoryFile.read(file);
            Relearning.Labels labels = Relearning.labels(
                    history,
                    (needId, opportunityId) -> needs.containsKey(needId) && opportunities.containsKey(opportunityId)
                            ? Optional.of(engine.features(needs.get(needId), opportunities.get(opportunityId)))
                            : Optional.<PairFeatures>empty());
            Replay replay = Replay.split(labels.examples());
            WeightLearner.Learned learned = WeightLearner.learn(replay.train(), ScoreWeights.DESIGN);
            double[] design = measure(engine, ScoreWeights.DESIGN, replay.test(), needs, opportunities);
            double[] withLearned = measure(engine, learned.weights(), replay.test(), needs, opportunities);
            engine.use(ScoreWeights.DESIGN);
            String source = synthetic ? "synthetic" : "file";
            System.out.printf(
                    Locale.ROOT,
                    "History replay (%s): %d decisions, %d labels (%d positive), %d set aside, %d no-capacity;"
                            + " learned on %s..%s, measured on %s..%s%n",
                    synthetic
                            ? "SYNTHETIC, drawn from the qrels with noise over " + MONTHS + " months, seed " + SEED
                            : file,
                    history.size(),
                    labels.examples().size(),
                    labels.examples().stream()
                            .filter(OutcomeLabels.Example::positive)
                            .count(),
                    labels.setAside(),
                    labels.capacityDeclines(),
                    first(replay.trainMonths()),
                    last(replay.trainMonths()),
                    first(replay.testMonths()),
                    last(replay.testMonths()));
            System.out.println("  design weights:  " + ScoreWeights.DESIGN);
            System.out.println("  learned weights: " + learned.weights()
                    + (learned.learned() ? "" : " (too few labels: design kept)"));
            System.out.println("  the portal uses learned weights only when they do at least as well as the design"
                    + " weights on the later months' decided pairs (decision 031)");
            System.out.printf(
                    Locale.ROOT,
                    "  decided pairs of the later months ordered by score: nDCG %.4f learned, %.4f design%n",
                    WeightLearner.decidedNdcg(replay.test(), learned.weights()),
                    WeightLearner.decidedNdcg(replay.test(), ScoreWeights.DESIGN));
            System.out.printf(
                    Locale.ROOT,
                    "RESULT replay source=%s months_train=%d months_test=%d labels_train=%d labels_test=%d"
                            + " queries=%d ndcg@10_learned=%.4f ndcg@10_design=%.4f gain=%+.2f%%%n",
                    source,
                    replay.trainMonths().size(),
                    replay.testMonths().size(),
                    replay.train().size(),
                    replay.test().size(),
                    (int) design[1],
                    withLearned[0],
                    design[0],
                    design[0] == 0 ? 0 : 100 * (withLearned[0] - design[0]) / design[0]);
        }
    }

    /** Mean nDCG@10 over the later months' asking postings with a positive decision, and how many. */
    private static double[] measure(
            MatchEngine engine,
            ScoreWeights weights,
            List<OutcomeLabels.Example> test,
            Map<String, NeedProfile> needs,
            Map<String, OpportunityProfile> opportunities) {
        engine.use(weights);
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (OutcomeLabels.Example example : test) {
            grades.computeIfAbsent((example.fromNeed() ? "n:" : "o:") + example.queryId(), key -> new LinkedHashMap<>())
                    .merge(example.answerId(), example.grade(), Math::max);
        }
        double sum = 0;
        int queries = 0;
        for (Map.Entry<String, Map<String, Integer>> query : grades.entrySet()) {
            if (query.getValue().values().stream().noneMatch(grade -> grade > 0)) {
                continue;
            }
            String id = query.getKey().substring(2);
            List<RankedMatch> ranked = query.getKey().startsWith("n:")
                    ? engine.opportunitiesFor(needs.get(id), RankingEvaluation.K)
                    : engine.needsFor(opportunities.get(id), RankingEvaluation.K);
            sum += RankingMetrics.ndcg(
                    ranked.stream().map(RankedMatch::id).toList(), query.getValue(), RankingEvaluation.K);
            queries++;
        }
        return new double[] {queries == 0 ? 0 : sum / queries, queries};
    }

    /**
     * A seeded history drawn from the qrels: each asking posting requests some of its judged pairs
     * and of its design top 10 (what people see is what they ask for), and each request goes on or is
     * declined with a probability set by its grade, with noise; declines give the reasons a program
     * sees (a requirement reason where a requirement is missed, now and then no capacity or other).
     */
    static List<DecidedPair> synthetic(
            Path directory,
            MatchEngine engine,
            Map<String, NeedProfile> needs,
            Map<String, OpportunityProfile> opportunities) {
        Random random = new Random(SEED);
        List<DecidedPair> history = new ArrayList<>();
        for (boolean fromNeed : new boolean[] {true, false}) {
            Map<String, Map<String, Integer>> qrels = RankingEvaluation.qrels(directory.resolve(
                    fromNeed ? "qrels/needs-to-opportunities.tsv" : "qrels/opportunities-to-needs.tsv"));
            for (Map.Entry<String, Map<String, Integer>> query : qrels.entrySet()) {
                String queryId = query.getKey();
                if (!(fromNeed ? needs : opportunities).containsKey(queryId)) {
                    continue;
                }
                Set<String> candidates = new LinkedHashSet<>(query.getValue().keySet());
                (fromNeed
                                ? engine.opportunitiesFor(needs.get(queryId), RankingEvaluation.K)
                                : engine.needsFor(opportunities.get(queryId), RankingEvaluation.K))
                        .forEach(match -> candidates.add(match.id()));
                for (String answerId : candidates) {
                    if (!(fromNeed ? opportunities : needs).containsKey(answerId) || random.nextDouble() > 0.6) {
                        continue;
                    }
                    String needId = fromNeed ? queryId : answerId;
                    String opportunityId = fromNeed ? answerId : queryId;
                    int grade = query.getValue().getOrDefault(answerId, 0);
                    // asked in the first eleven months and decided within four weeks: all in the twelve months
                    LocalDate requested = START.plusDays(random.nextInt((MONTHS - 1) * 30));
                    LocalDate decided = requested.plusDays(3 + random.nextInt(25));
                    history.add(decide(
                            random,
                            grade,
                            needs.get(needId),
                            opportunities.get(opportunityId),
                            engine,
                            fromNeed,
                            requested,
                            decided));
                }
            }
        }
        history.sort(java.util.Comparator.comparing(DecidedPair::requestedAt));
        return history;
    }

    private static DecidedPair decide(
            Random random,
            int grade,
            NeedProfile need,
            OpportunityProfile opportunity,
            MatchEngine engine,
            boolean fromNeed,
            LocalDate requested,
            LocalDate decided) {
        double wayOut = random.nextDouble();
        if (wayOut < 0.05) {
            String state = random.nextBoolean() ? "EXPIRED" : "WITHDRAWN";
            return new DecidedPair(need.id(), opportunity.id(), fromNeed, requested, decided, state, null, null);
        }
        double[] goesOn = {0.08, 0.35, 0.65, 0.85};
        if (random.nextDouble() < goesOn[Math.min(3, Math.max(0, grade))]) {
            return new DecidedPair(
                    need.id(),
                    opportunity.id(),
                    fromNeed,
                    requested,
                    decided,
                    "INTRODUCED",
                    null,
                    outcome(random, grade));
        }
        String state = random.nextDouble() < 0.4 ? "DECLINED_BY_PROGRAM" : "DECLINED_BY_RECIPIENT";
        return new DecidedPair(
                need.id(),
                opportunity.id(),
                fromNeed,
                requested,
                decided,
                state,
                reason(random, need, opportunity, engine),
                null);
    }

    private static String outcome(Random random, int grade) {
        double u = random.nextDouble();
        return switch (grade) {
            case 3 ->
                u < 0.3 ? "CONTRACT_SIGNED" : u < 0.5 ? "PILOT_COMPLETED" : u < 0.8 ? "PILOT_AGREED" : "MEETING_HELD";
            case 2 -> u < 0.4 ? "PILOT_AGREED" : u < 0.8 ? "MEETING_HELD" : null;
            case 1 -> u < 0.5 ? "MEETING_HELD" : u < 0.8 ? null : "CLOSED_NO_FIT";
            default -> u < 0.3 ? "MEETING_HELD" : u < 0.8 ? "CLOSED_NO_FIT" : null;
        };
    }

    private static String reason(Random random, NeedProfile need, OpportunityProfile opportunity, MatchEngine engine) {
        double u = random.nextDouble();
        if (!engine.features(need, opportunity).requirementsMet() && u < 0.5) {
            if (!need.certifications().containsAll(opportunity.requiredCertifications())) {
                return "missing-certification";
            }
            if (!need.integrations().containsAll(opportunity.requiredIntegrations())) {
                return "missing-integration";
            }
            return "too-early";
        }
        double v = random.nextDouble();
        return v < 0.1 ? "no-capacity" : v < 0.15 ? "other" : "not-relevant";
    }

    private static String first(List<java.time.YearMonth> months) {
        return months.isEmpty() ? "-" : months.getFirst().toString();
    }

    private static String last(List<java.time.YearMonth> months) {
        return months.isEmpty() ? "-" : months.getLast().toString();
    }
}
