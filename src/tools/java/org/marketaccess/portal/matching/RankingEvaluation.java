package org.marketaccess.portal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.marketaccess.portal.dataset.Dataset;
import org.marketaccess.portal.dataset.DatasetReader;
import org.marketaccess.portal.dataset.DatasetRecords.NeedRecord;
import org.marketaccess.portal.dataset.DatasetRecords.OpportunityRecord;
import org.marketaccess.portal.search.DenseIndex;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.MatchRules;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.RankedMatch;
import org.marketaccess.portal.search.TextBaseline;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scripts/evaluate-ranking DIR}: ranks a labelled data set both ways with the portal's
 * engine and, in the same run, with the engine reading every posting as English (its language
 * handling off, decision 027) and a plain BM25 baseline, and prints nDCG@10, MRR@10 and
 * Recall@10 for each. Reads the data set format of DESIGN.md or a BEIR collection; needs no
 * database (the taxonomy comes from its migration).
 */
public final class RankingEvaluation {

    public static final int K = 10;

    /**
     * The figures of one direction for the engine, the engine without its language handling (every
     * posting read as English, decision 027) and the baseline.
     */
    public record Result(
            String direction,
            int queries,
            Figures engine,
            Figures englishOnly,
            Figures baseline,
            Map<String, Figures> variants) {

        public Result(String direction, int queries, Figures engine, Figures englishOnly, Figures baseline) {
            this(direction, queries, engine, englishOnly, baseline, Map.of());
        }

        public String resultLine() {
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "RESULT direction=%s ndcg@10=%.4f mrr@10=%.4f recall@10=%.4f baseline_ndcg@10=%.4f"
                            + " gain_over_baseline=%s english_only_ndcg@10=%.4f",
                    direction,
                    engine.ndcg(),
                    engine.mrr(),
                    engine.recall(),
                    baseline.ndcg(),
                    gain(),
                    englishOnly.ndcg()));
            // the hybrid variants of decision 030, when asked for; the weight sweep has its own line
            variants.forEach((name, figures) -> {
                if (!name.startsWith(HybridRanking.SWEEP_PREFIX)) {
                    line.append(String.format(Locale.ROOT, " %s_ndcg@10=%.4f", name, figures.ndcg()));
                }
            });
            return line.toString();
        }

        /** The engine's nDCG@10 over the baseline's in the same run, in percent, signed ("+12.3%"). */
        public String gain() {
            return baseline.ndcg() == 0
                    ? "n/a"
                    : String.format(Locale.ROOT, "%+.1f%%", 100 * (engine.ndcg() / baseline.ndcg() - 1));
        }
    }

    public record Figures(double ndcg, double mrr, double recall) {}

    private RankingEvaluation() {}

    public static void main(String[] args) {
        boolean hybrid = args.length == 2 && (args[1].equals("hybrid") || args[1].equals("hybrid-int8"));
        HybridVariants.quantized(hybrid && args[1].equals("hybrid-int8"));
        if (args.length < 1 || args.length > 2 || args.length == 2 && !hybrid || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println(
                    "usage: scripts/evaluate-ranking DIR [hybrid|hybrid-int8]   (a data set of DESIGN.md or a BEIR"
                            + " collection; 'hybrid' adds dense embeddings fused with the engine, decision 030)");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        List<Result> results = evaluate(directory, hybrid);
        System.out.println("Ranking evaluation of " + directory.toAbsolutePath().normalize());
        System.out.printf(
                Locale.ROOT,
                "%-26s %7s | %8s %8s %9s | %12s | %13s %12s %14s | %8s%n",
                "direction",
                "queries",
                "ndcg@10",
                "mrr@10",
                "recall@10",
                "english-only",
                "base ndcg@10",
                "base mrr@10",
                "base recall@10",
                "gain");
        for (Result result : results) {
            System.out.printf(
                    Locale.ROOT,
                    "%-26s %7d | %8.4f %8.4f %9.4f | %12.4f | %13.4f %12.4f %14.4f | %8s%n",
                    result.direction(),
                    result.queries(),
                    result.engine().ndcg(),
                    result.engine().mrr(),
                    result.engine().recall(),
                    result.englishOnly().ndcg(),
                    result.baseline().ndcg(),
                    result.baseline().mrr(),
                    result.baseline().recall(),
                    result.gain());
            result.variants().forEach((name, figures) -> {
                if (!name.startsWith(HybridRanking.SWEEP_PREFIX)) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %-24s %7s | %8.4f %8.4f %9.4f%n",
                            name,
                            "",
                            figures.ndcg(),
                            figures.mrr(),
                            figures.recall());
                }
            });
        }
        results.forEach(result -> System.out.println(result.resultLine()));
        HybridVariants.printSweeps(results);
        if (!Files.exists(directory.resolve("corpus.jsonl"))) {
            HistoryReplay.print(directory); // decision 031
        }
    }

    public static List<Result> evaluate(Path directory) {
        return evaluate(directory, false);
    }

    /** {@code hybrid}: adds the dense and fused variants of decision 030 (embeds every posting first). */
    public static List<Result> evaluate(Path directory, boolean hybrid) {
        return Files.exists(directory.resolve("corpus.jsonl")) ? beir(directory, hybrid) : design(directory, hybrid);
    }

    private static List<Result> design(Path directory, boolean hybrid) {
        Dataset data = DatasetReader.read(directory);
        if (!data.problems().isEmpty()) {
            throw new IllegalArgumentException("The data set has bad lines: " + data.problems());
        }
        TaxonomySnapshot taxonomy = TaxonomySnapshot.fromMigrations();
        MatchRules rules = new MatchRules(taxonomy.regions(), taxonomy.stageRanks());
        Map<String, NeedProfile> needs = new LinkedHashMap<>();
        data.needs().forEach(need -> needs.put(need.id(), profile(need)));
        Map<String, OpportunityProfile> opportunities = new LinkedHashMap<>();
        Map<String, String> opportunityRegions = new LinkedHashMap<>();
        data.organizations().forEach(organization -> opportunityRegions.put(organization.id(), organization.region()));
        data.opportunities()
                .forEach(opportunity -> opportunities.put(
                        opportunity.id(), profile(opportunity, opportunityRegions.get(opportunity.organizationId()))));

        List<Result> results = new ArrayList<>();
        int postings = needs.size() + opportunities.size();
        try (MatchEngine englishOnly = timed(
                        "english-only",
                        postings,
                        () -> MatchEngine.inMemory(needs.values(), opportunities.values(), rules, false));
                MatchEngine engine = timed(
                        "with languages",
                        postings,
                        () -> MatchEngine.inMemory(needs.values(), opportunities.values(), rules, true));
                TextBaseline opportunityBaseline = new TextBaseline(opportunities.values().stream()
                        .map(o -> new TextBaseline.Document(o.id(), o.title(), o.description()))
                        .toList());
                TextBaseline needBaseline = new TextBaseline(needs.values().stream()
                        .map(n -> new TextBaseline.Document(n.id(), n.title(), n.description()))
                        .toList());
                DenseIndex dense = hybrid ? HybridVariants.index(needs.values(), opportunities.values()) : null) {
            Map<String, Function<String, List<String>>> towardsOpportunities = dense == null
                    ? Map.of()
                    : HybridVariants.towardsOpportunities(engine, dense, needs, opportunities, K);
            Map<String, Function<String, List<String>>> towardsNeeds =
                    dense == null ? Map.of() : HybridVariants.towardsNeeds(engine, dense, needs, opportunities, K);
            results.add(direction(
                    "needs-to-opportunities",
                    qrels(directory.resolve("qrels/needs-to-opportunities.tsv")),
                    needId -> ids(engine.opportunitiesFor(needs.get(needId), K)),
                    needId -> ids(englishOnly.opportunitiesFor(needs.get(needId), K)),
                    needId -> ids(opportunityBaseline.rank(
                            needs.get(needId).title(), needs.get(needId).description(), K)),
                    needs::containsKey,
                    towardsOpportunities));
            results.add(direction(
                    "opportunities-to-needs",
                    qrels(directory.resolve("qrels/opportunities-to-needs.tsv")),
                    opportunityId -> ids(engine.needsFor(opportunities.get(opportunityId), K)),
                    opportunityId -> ids(englishOnly.needsFor(opportunities.get(opportunityId), K)),
                    opportunityId -> ids(needBaseline.rank(
                            opportunities.get(opportunityId).title(),
                            opportunities.get(opportunityId).description(),
                            K)),
                    opportunities::containsKey,
                    towardsNeeds));
        }
        return results;
    }

    /** A BEIR collection: queries as free text against the corpus, indexed as opportunities (title and text only). */
    private static List<Result> beir(Path directory, boolean hybrid) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, OpportunityProfile> corpus = new LinkedHashMap<>();
        Map<String, String> queries = new LinkedHashMap<>();
        readJsonLines(
                directory.resolve("corpus.jsonl"),
                json,
                node -> corpus.put(
                        node.get("_id").asString(),
                        new OpportunityProfile(
                                node.get("_id").asString(),
                                null,
                                text(node, "title"),
                                text(node, "text"),
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                null,
                                null)));
        readJsonLines(
                directory.resolve("queries.jsonl"),
                json,
                node -> queries.put(node.get("_id").asString(), text(node, "text")));
        TaxonomySnapshot taxonomy = TaxonomySnapshot.fromMigrations();
        MatchRules rules = new MatchRules(taxonomy.regions(), taxonomy.stageRanks());
        try (MatchEngine englishOnly = timed(
                        "english-only",
                        corpus.size(),
                        () -> MatchEngine.inMemory(List.of(), corpus.values(), rules, false));
                MatchEngine engine = timed(
                        "with languages",
                        corpus.size(),
                        () -> MatchEngine.inMemory(List.of(), corpus.values(), rules, true));
                TextBaseline baseline = new TextBaseline(corpus.values().stream()
                        .map(document ->
                                new TextBaseline.Document(document.id(), document.title(), document.description()))
                        .toList());
                DenseIndex dense = hybrid ? HybridVariants.index(corpus.values()) : null) {
            Function<String, NeedProfile> query = queryId -> new NeedProfile(
                    queryId,
                    null,
                    null,
                    queries.get(queryId),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    List.of());
            Map<String, Function<String, List<String>>> variants =
                    dense == null ? Map.of() : HybridVariants.queriesToCorpus(engine, dense, queries, corpus, query, K);
            return List.of(direction(
                    "queries-to-corpus",
                    qrels(directory.resolve("qrels/test.tsv")),
                    queryId -> ids(engine.opportunitiesFor(query.apply(queryId), K)),
                    queryId -> ids(englishOnly.opportunitiesFor(query.apply(queryId), K)),
                    queryId -> ids(baseline.rank(null, queries.get(queryId), K)),
                    queries::containsKey,
                    variants));
        }
    }

    /** Builds an engine and says how long indexing took (a rough figure: one run, JIT warming up). */
    private static MatchEngine timed(String name, int postings, java.util.function.Supplier<MatchEngine> open) {
        long start = System.nanoTime();
        MatchEngine engine = open.get();
        System.out.printf(
                Locale.ROOT,
                "indexed %d postings %s in %d ms%n",
                postings,
                name,
                (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    private static Result direction(
            String name,
            Map<String, Map<String, Integer>> qrels,
            Function<String, List<String>> engine,
            Function<String, List<String>> englishOnly,
            Function<String, List<String>> baseline,
            java.util.function.Predicate<String> known,
            Map<String, Function<String, List<String>>> variants) {
        double[] engineSums = new double[3];
        Map<String, double[]> variantSums = new LinkedHashMap<>();
        variants.keySet().forEach(variant -> variantSums.put(variant, new double[3]));
        double[] englishOnlySums = new double[3];
        double[] baselineSums = new double[3];
        int queries = 0;
        for (Map.Entry<String, Map<String, Integer>> query : qrels.entrySet()) {
            if (!known.test(query.getKey())
                    || query.getValue().values().stream().noneMatch(grade -> grade > 0)) {
                continue;
            }
            queries++;
            add(engineSums, engine.apply(query.getKey()), query.getValue());
            add(englishOnlySums, englishOnly.apply(query.getKey()), query.getValue());
            add(baselineSums, baseline.apply(query.getKey()), query.getValue());
            for (var variant : variants.entrySet()) {
                add(variantSums.get(variant.getKey()), variant.getValue().apply(query.getKey()), query.getValue());
            }
        }
        int n = Math.max(queries, 1);
        Map<String, Figures> variantFigures = new LinkedHashMap<>();
        variantSums.forEach(
                (variant, sums) -> variantFigures.put(variant, new Figures(sums[0] / n, sums[1] / n, sums[2] / n)));
        return new Result(
                name,
                queries,
                new Figures(engineSums[0] / n, engineSums[1] / n, engineSums[2] / n),
                new Figures(englishOnlySums[0] / n, englishOnlySums[1] / n, englishOnlySums[2] / n),
                new Figures(baselineSums[0] / n, baselineSums[1] / n, baselineSums[2] / n),
                variantFigures);
    }

    private static void add(double[] sums, List<String> ranked, Map<String, Integer> grades) {
        sums[0] += RankingMetrics.ndcg(ranked, grades, K);
        sums[1] += RankingMetrics.mrr(ranked, grades, K);
        sums[2] += RankingMetrics.recall(ranked, grades, K);
    }

    /** query id → (document id → grade), from a TSV with a header line. */
    static Map<String, Map<String, Integer>> qrels(Path file) {
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] columns = line.split("\t");
                if (columns.length >= 3) {
                    qrels.computeIfAbsent(columns[0].strip(), key -> new LinkedHashMap<>())
                            .put(columns[1].strip(), Integer.parseInt(columns[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return qrels;
    }

    private static List<String> ids(List<RankedMatch> matches) {
        return matches.stream().map(RankedMatch::id).toList();
    }

    static NeedProfile profile(NeedRecord need) {
        return new NeedProfile(
                need.id(),
                need.organizationId(),
                need.title(),
                need.description(),
                need.sought(),
                need.categories(),
                need.clinicalAreas(),
                need.careSettings(),
                need.stage(),
                need.certifications(),
                need.integrations(),
                need.regions());
    }

    static OpportunityProfile profile(OpportunityRecord opportunity, String organizationRegion) {
        return new OpportunityProfile(
                opportunity.id(),
                opportunity.organizationId(),
                opportunity.title(),
                opportunity.description(),
                opportunity.desiredOutcomes(),
                opportunity.categories(),
                opportunity.clinicalAreas(),
                opportunity.careSettings(),
                opportunity.requiredCertifications(),
                opportunity.requiredIntegrations(),
                opportunity.minimumStage(),
                opportunity.region() != null ? opportunity.region() : organizationRegion);
    }

    private static void readJsonLines(Path file, JsonMapper json, java.util.function.Consumer<JsonNode> each) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    each.accept(json.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
