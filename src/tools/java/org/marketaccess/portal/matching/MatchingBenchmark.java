package org.marketaccess.portal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.marketaccess.portal.matching.internal.IndexSync;
import org.marketaccess.portal.operations.PortalWithoutWeb;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.Facet;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.MatchRules;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.PostingMeta;
import org.marketaccess.portal.search.SearchRequest;
import org.marketaccess.portal.search.Visibility;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomySnapshot;
import org.marketaccess.portal.taxonomy.Term;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code scripts/benchmark-matching}: synthetic postings at 1k, 10k and 100k drawn from the taxonomy
 * and a vocabulary; indexing rate, a full rebuild from PostgreSQL through the portal's own rebuild,
 * top-10 match latency both ways and free-text search with two facet filters; then the same match
 * and search workloads as PostgreSQL full-text search (tsvector, GIN, ts_rank_cd, same filters) in
 * the same run. Works in its own schema {@code benchmark}, dropped at the end.
 */
public final class MatchingBenchmark {

    private static final String SCHEMA = "benchmark";
    private static final int WARMUP = 1_000;
    private static final int VOCABULARY = 20_000;
    private static final int QUERIES = 1_000;
    /** PostgreSQL needs seconds per match query at 100k, so it gets fewer queries (its p99 is then its slowest). */
    private static int pgQueries(int n) {
        return n <= 1_000 ? 30 : n <= 10_000 ? 10 : 5;
    }

    private static final int PG_WARMUP = 1;

    /**
     * With the engine's terms PostgreSQL needs a tenth of the time, still most of it for ranking the
     * postings that share a facet code; it gets more queries than with the whole posting.
     */
    private static int pgFairQueries(int n) {
        return n <= 1_000 ? 100 : n <= 10_000 ? 50 : 10;
    }

    private static final int PG_FAIR_WARMUP = 2;

    private final TaxonomySnapshot taxonomy = TaxonomySnapshot.fromMigrations();
    private final MatchRules rules = new MatchRules(taxonomy.regions(), taxonomy.stageRanks());
    private final List<String> vocabulary = vocabulary();
    private final Random random = new Random(20261122);

    private final boolean luceneOnly;

    private MatchingBenchmark(boolean luceneOnly) {
        this.luceneOnly = luceneOnly;
    }

    record Dataset(List<UUID> organizations, List<NeedProfile> needs, List<OpportunityProfile> opportunities) {}

    record Row(
            int n,
            double indexDocsPerS,
            double rebuildS,
            double[] matchNeed,
            double[] matchOpp,
            double[] search,
            double[] pgNeed,
            double[] pgOpp,
            double[] pgFairNeed,
            double[] pgFairOpp,
            double[] pgSearch) {}

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0
                ? new int[] {1_000, 10_000, 100_000}
                : Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
        // A second argument "lucene-only" skips the PostgreSQL FTS workloads (quick runs while tuning).
        new MatchingBenchmark(args.length > 1 && args[1].equals("lucene-only")).run(sizes);
    }

    private void run(int[] sizes) throws Exception {
        Path indexDirectory = Files.createTempDirectory("portal-benchmark-index");
        String url = "jdbc:postgresql://" + env("PORTAL_DB_HOST", "localhost") + ":" + env("PORTAL_DB_PORT", "5432")
                + "/" + env("PORTAL_DB_NAME", "portal") + "?currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true";
        try (var connection = java.sql.DriverManager.getConnection(
                        url, env("PORTAL_DB_USER", "portal"), env("PORTAL_DB_PASSWORD", "portal"));
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        System.out.println("Starting the portal (no web, no demo data) on PostgreSQL schema '" + SCHEMA + "' …");
        // Command-line properties: they win over application.properties (the embedded H2 default).
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("spring.datasource.url", url);
        settings.put("spring.datasource.username", env("PORTAL_DB_USER", "portal"));
        settings.put("spring.datasource.password", env("PORTAL_DB_PASSWORD", "portal"));
        settings.put("spring.flyway.schemas", SCHEMA);
        settings.put("spring.flyway.create-schemas", "true");
        settings.put("portal.demo.enabled", "false");
        settings.put("portal.search.index-directory", indexDirectory.toString());
        settings.put("portal.search.check-on-start", "false");
        ConfigurableApplicationContext context = PortalWithoutWeb.start(settings);
        List<Row> rows = new ArrayList<>();
        double heapMb;
        try {
            DataSource dataSource = context.getBean(DataSource.class);
            IndexSync sync = context.getBean(IndexSync.class);
            MatchEngine engine = context.getBean(MatchEngine.class);
            FtsBaseline.createTable(dataSource);
            for (int n : sizes) {
                rows.add(measure(n, dataSource, sync, engine));
            }
            System.gc();
            Thread.sleep(200);
            Runtime runtime = Runtime.getRuntime();
            heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
            try (Connection connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("drop schema " + SCHEMA + " cascade");
            }
        } finally {
            context.close();
        }
        print(rows, heapMb);
    }

    private Row measure(int n, DataSource dataSource, IndexSync sync, MatchEngine liveEngine) throws Exception {
        System.out.printf(Locale.ROOT, "%n== n=%d postings (%d needs, %d opportunities)%n", n, n / 2, n - n / 2);
        Dataset data = generate(n);

        // Indexing rate: a fresh index on disk, profiles already in memory, one commit at the end.
        Path scratch = Files.createTempDirectory("portal-benchmark-scratch");
        double docsPerS;
        try (MatchEngine engine = MatchEngine.open(scratch, rules, null)) {
            long start = System.nanoTime();
            // the portal's bulk path (its rebuild's): puts on every core
            engine.putAll(feed -> {
                data.needs().forEach(need -> feed.need(need, PostingMeta.of(1)));
                data.opportunities().forEach(opportunity -> feed.opportunity(opportunity, PostingMeta.of(1)));
            });
            engine.commit();
            docsPerS = n / seconds(start);
        }
        deleteTree(scratch);
        System.out.printf(Locale.ROOT, "indexing: %.0f postings/s%n", docsPerS);

        // The same postings in the portal's tables on PostgreSQL, then the portal's own rebuild.
        long loadStart = System.nanoTime();
        load(dataSource, data);
        FtsBaseline.load(dataSource, data, liveEngine);
        System.out.printf(Locale.ROOT, "loaded into PostgreSQL in %.1f s%n", seconds(loadStart));
        long rebuildStart = System.nanoTime();
        sync.rebuild("benchmark n=" + n);
        double rebuildS = seconds(rebuildStart);
        System.out.printf(
                Locale.ROOT,
                "rebuild from PostgreSQL: %.2f s (%d needs, %d opportunities indexed)%n",
                rebuildS,
                liveEngine.count(PostingKind.NEED),
                liveEngine.count(PostingKind.OPPORTUNITY));

        List<String> facetsClinical = codes(TaxonomyKind.CLINICAL_AREA);
        List<String> facetsSetting = codes(TaxonomyKind.CARE_SETTING);
        // Warm up every workload before measuring any (the JIT compiles the shared paths).
        Visibility visibility = FtsBaseline.VISIBILITY;
        for (int i = 0; i < WARMUP; i++) {
            liveEngine.opportunitiesFor(pick(data.needs()), 10, visibility);
            liveEngine.needsFor(pick(data.opportunities()), 10, visibility);
            liveEngine.searchHits(searchRequest(facetsClinical, facetsSetting));
        }
        // Indexing and the rebuild leave hundreds of megabytes of promoted garbage in the old generation,
        // which a portal running for days has long collected; left in place, it lengthens every young
        // pause of the measurement (decision 032).
        System.gc();
        double[] matchNeed = latencies(QUERIES, i -> liveEngine.opportunitiesFor(pick(data.needs()), 10, visibility));
        double[] matchOpp = latencies(QUERIES, i -> liveEngine.needsFor(pick(data.opportunities()), 10, visibility));
        double[] search = latencies(QUERIES, i -> liveEngine.searchHits(searchRequest(facetsClinical, facetsSetting)));

        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        double[] pgNeed = none;
        double[] pgOpp = none;
        double[] pgFairNeed = none;
        double[] pgFairOpp = none;
        double[] pgSearch = none;
        if (!luceneOnly)
            try (Connection connection = dataSource.getConnection()) {
                PreparedStatement whole = connection.prepareStatement(FtsBaseline.WHOLE_MATCH);
                PreparedStatement fair = connection.prepareStatement(FtsBaseline.FAIR_MATCH);
                PreparedStatement find = connection.prepareStatement(FtsBaseline.SEARCH);
                int queries = pgQueries(n);
                pgNeed = latencies(queries, PG_WARMUP, i -> {
                    NeedProfile need = pick(data.needs());
                    FtsBaseline.match(
                            whole,
                            needText(need),
                            "OPPORTUNITY",
                            need.organizationId(),
                            need.clinicalAreas(),
                            need.categories(),
                            need.careSettings());
                });
                pgOpp = latencies(queries, PG_WARMUP, i -> {
                    OpportunityProfile opportunity = pick(data.opportunities());
                    FtsBaseline.match(
                            whole,
                            opportunityText(opportunity),
                            "NEED",
                            opportunity.organizationId(),
                            opportunity.clinicalAreas(),
                            opportunity.categories(),
                            opportunity.careSettings());
                });
                // The engine's terms are chosen before the clock starts: PostgreSQL is timed on its query alone.
                int fairQueries = pgFairQueries(n);
                List<NeedProfile> needs = draw(data.needs(), fairQueries + PG_FAIR_WARMUP);
                List<String> needTerms = needs.stream()
                        .map(need -> FtsBaseline.tsquery(liveEngine.matchTerms(need)))
                        .toList();
                int[] next = {0};
                pgFairNeed = latencies(fairQueries, PG_FAIR_WARMUP, i -> {
                    NeedProfile need = needs.get(next[0]);
                    FtsBaseline.match(
                            fair,
                            needTerms.get(next[0]++),
                            "OPPORTUNITY",
                            need.organizationId(),
                            need.clinicalAreas(),
                            need.categories(),
                            need.careSettings());
                });
                List<OpportunityProfile> opportunities = draw(data.opportunities(), fairQueries + PG_FAIR_WARMUP);
                List<String> opportunityTerms = opportunities.stream()
                        .map(opportunity -> FtsBaseline.tsquery(liveEngine.matchTerms(opportunity)))
                        .toList();
                next[0] = 0;
                pgFairOpp = latencies(fairQueries, PG_FAIR_WARMUP, i -> {
                    OpportunityProfile opportunity = opportunities.get(next[0]);
                    FtsBaseline.match(
                            fair,
                            opportunityTerms.get(next[0]++),
                            "NEED",
                            opportunity.organizationId(),
                            opportunity.clinicalAreas(),
                            opportunity.categories(),
                            opportunity.careSettings());
                });
                System.out.println(
                        "pg fair plan: " + FtsBaseline.plan(connection, needs.getFirst(), needTerms.getFirst()));
                pgSearch = latencies(
                        queries,
                        PG_WARMUP,
                        i -> FtsBaseline.search(
                                find, words(2 + random.nextInt(2)), pick(facetsClinical), pick(facetsSetting)));
            }
        Row row = new Row(
                n, docsPerS, rebuildS, matchNeed, matchOpp, search, pgNeed, pgOpp, pgFairNeed, pgFairOpp, pgSearch);
        System.out.printf(
                Locale.ROOT,
                "lucene match p99 %.2f / %.2f ms, search p99 %.2f ms; postgres match p99 %.1f / %.1f ms,"
                        + " with the engine's terms %.1f / %.1f ms, search p99 %.1f ms%n",
                matchNeed[2],
                matchOpp[2],
                search[2],
                pgNeed[2],
                pgOpp[2],
                pgFairNeed[2],
                pgFairOpp[2],
                pgSearch[2]);
        return row;
    }

    private SearchRequest searchRequest(List<String> clinicalAreas, List<String> careSettings) {
        return new SearchRequest(
                PostingKind.OPPORTUNITY,
                words(2 + random.nextInt(2)),
                Map.of(
                        Facet.CLINICAL_AREA,
                        Set.of(pick(clinicalAreas)),
                        Facet.CARE_SETTING,
                        Set.of(pick(careSettings))),
                null,
                10);
    }

    // ---------------------------------------------------------------- the portal's tables

    private void load(DataSource dataSource, Dataset data) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var statement = connection.createStatement();
            statement.execute("truncate need_term, need, opportunity_term, opportunity, organization cascade");
            try (PreparedStatement org = connection.prepareStatement(
                    "insert into organization (id, type, name, region, description, status, listed_in_directory,"
                            + " created_at, version, cluster_code)"
                            + " values (?, ?, ?, 'europe', 'Synthetic', 'VERIFIED', false, ?, 0, 'massachusetts')")) {
                int i = 0;
                for (UUID id : data.organizations()) {
                    org.setObject(1, id);
                    org.setString(2, i % 2 == 0 ? "STARTUP" : "PROVIDER");
                    org.setString(3, "Organization " + i++);
                    org.setTimestamp(4, now);
                    org.addBatch();
                }
                org.executeBatch();
            }
            try (PreparedStatement need = connection.prepareStatement(
                            "insert into need (id, organization_id, title, description, stage, status, anonymous,"
                                    + " created_at, updated_at, published_at, version)"
                                    + " values (?, ?, ?, ?, ?, 'PUBLISHED', false, ?, ?, ?, 1)");
                    PreparedStatement term = connection.prepareStatement(
                            "insert into need_term (need_id, kind, code) values (?, ?, ?)")) {
                int batch = 0;
                for (NeedProfile n : data.needs()) {
                    UUID id = UUID.fromString(n.id());
                    need.setObject(1, id);
                    need.setObject(2, UUID.fromString(n.organizationId()));
                    need.setString(3, n.title());
                    need.setString(4, n.description());
                    need.setString(5, n.stage());
                    need.setTimestamp(6, now);
                    need.setTimestamp(7, now);
                    need.setTimestamp(8, now);
                    need.addBatch();
                    terms(term, id, TaxonomyKind.SOUGHT, n.sought());
                    terms(term, id, TaxonomyKind.CATEGORY, n.categories());
                    terms(term, id, TaxonomyKind.CLINICAL_AREA, n.clinicalAreas());
                    terms(term, id, TaxonomyKind.CARE_SETTING, n.careSettings());
                    terms(term, id, TaxonomyKind.CERTIFICATION, n.certifications());
                    terms(term, id, TaxonomyKind.INTEGRATION, n.integrations());
                    terms(term, id, TaxonomyKind.REGION, n.regions());
                    if (++batch % 2_000 == 0) {
                        need.executeBatch();
                        term.executeBatch();
                    }
                }
                need.executeBatch();
                term.executeBatch();
            }
            try (PreparedStatement opportunity = connection.prepareStatement(
                            "insert into opportunity (id, organization_id, title, problem_statement, desired_outcomes,"
                                    + " minimum_stage, region, status, anonymous, created_at, updated_at, published_at,"
                                    + " version) values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', false, ?, ?, ?, 1)");
                    PreparedStatement term = connection.prepareStatement(
                            "insert into opportunity_term (opportunity_id, kind, code) values (?, ?, ?)")) {
                int batch = 0;
                for (OpportunityProfile o : data.opportunities()) {
                    UUID id = UUID.fromString(o.id());
                    opportunity.setObject(1, id);
                    opportunity.setObject(2, UUID.fromString(o.organizationId()));
                    opportunity.setString(3, o.title());
                    opportunity.setString(4, o.description());
                    opportunity.setString(5, o.desiredOutcomes());
                    opportunity.setString(6, o.minimumStage());
                    opportunity.setString(7, o.region());
                    opportunity.setTimestamp(8, now);
                    opportunity.setTimestamp(9, now);
                    opportunity.setTimestamp(10, now);
                    opportunity.addBatch();
                    terms(term, id, TaxonomyKind.CATEGORY, o.categories());
                    terms(term, id, TaxonomyKind.CLINICAL_AREA, o.clinicalAreas());
                    terms(term, id, TaxonomyKind.CARE_SETTING, o.careSettings());
                    terms(term, id, TaxonomyKind.CERTIFICATION, o.requiredCertifications());
                    terms(term, id, TaxonomyKind.INTEGRATION, o.requiredIntegrations());
                    if (++batch % 2_000 == 0) {
                        opportunity.executeBatch();
                        term.executeBatch();
                    }
                }
                opportunity.executeBatch();
                term.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            // Vacuumed and analyzed now, so that autovacuum does not run during the measurements.
            statement.execute("vacuum analyze");
        }
    }

    private static void terms(PreparedStatement term, UUID id, TaxonomyKind kind, List<String> codes)
            throws SQLException {
        for (String code : codes) {
            term.setObject(1, id);
            term.setString(2, kind.name());
            term.setString(3, code);
            term.addBatch();
        }
    }

    // ---------------------------------------------------------------- synthetic postings

    private Dataset generate(int n) {
        List<UUID> organizations = new ArrayList<>();
        for (int i = 0; i < Math.max(20, n / 50); i++) {
            organizations.add(UUID.randomUUID());
        }
        List<NeedProfile> needs = new ArrayList<>();
        for (int i = 0; i < n / 2; i++) {
            needs.add(new NeedProfile(
                    UUID.randomUUID().toString(),
                    organizations
                            .get(2 * random.nextInt(organizations.size() / 2))
                            .toString(),
                    capitalized(words(4 + random.nextInt(5))),
                    words(60 + random.nextInt(80)),
                    some(TaxonomyKind.SOUGHT, 1, 2),
                    some(TaxonomyKind.CATEGORY, 1, 3),
                    some(TaxonomyKind.CLINICAL_AREA, 1, 2),
                    some(TaxonomyKind.CARE_SETTING, 1, 2),
                    pick(codes(TaxonomyKind.STAGE)),
                    some(TaxonomyKind.CERTIFICATION, 0, 2),
                    some(TaxonomyKind.INTEGRATION, 0, 2),
                    some(TaxonomyKind.REGION, 1, 2)));
        }
        List<OpportunityProfile> opportunities = new ArrayList<>();
        for (int i = 0; i < n - n / 2; i++) {
            opportunities.add(new OpportunityProfile(
                    UUID.randomUUID().toString(),
                    organizations
                            .get(2 * random.nextInt(organizations.size() / 2) + 1)
                            .toString(),
                    capitalized(words(4 + random.nextInt(5))),
                    words(50 + random.nextInt(70)),
                    words(10 + random.nextInt(20)),
                    some(TaxonomyKind.CATEGORY, 1, 3),
                    some(TaxonomyKind.CLINICAL_AREA, 1, 2),
                    some(TaxonomyKind.CARE_SETTING, 1, 2),
                    some(TaxonomyKind.CERTIFICATION, 0, 2),
                    some(TaxonomyKind.INTEGRATION, 0, 1),
                    random.nextBoolean() ? null : pick(codes(TaxonomyKind.STAGE)),
                    pick(codes(TaxonomyKind.REGION))));
        }
        return new Dataset(organizations, needs, opportunities);
    }

    private List<String> codes(TaxonomyKind kind) {
        return taxonomy.terms(kind).stream().map(Term::code).toList();
    }

    private List<String> some(TaxonomyKind kind, int min, int max) {
        List<String> all = codes(kind);
        Set<String> chosen = new LinkedHashSet<>();
        int count = min + random.nextInt(max - min + 1);
        while (chosen.size() < Math.min(count, all.size())) {
            chosen.add(pick(all));
        }
        return List.copyOf(chosen);
    }

    /** Words drawn with Zipf's law (the frequency of the r-th word ∝ 1/r), as in real text. */
    private String words(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int rank = Arrays.binarySearch(zipf, random.nextDouble());
            rank = rank >= 0 ? rank : Math.min(-rank - 1, vocabulary.size() - 1);
            text.append(i == 0 ? "" : " ").append(vocabulary.get(rank));
        }
        return text.toString();
    }

    private final double[] zipf = zipf(vocabulary.size());

    private static double[] zipf(int size) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 0; rank < size; rank++) {
            sum += 1.0 / (rank + 1);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < size; rank++) {
            cumulative[rank] /= sum;
        }
        return cumulative;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String needText(NeedProfile need) {
        return need.title() + " " + need.description();
    }

    private static String opportunityText(OpportunityProfile opportunity) {
        return opportunity.title() + " " + opportunity.description() + " " + opportunity.desiredOutcomes();
    }

    private <T> List<T> draw(List<T> items, int count) {
        List<T> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(pick(items));
        }
        return drawn;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** The synonym list's words and a list of common words of the trade, shuffled once. */
    private static List<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                MatchingBenchmark.class.getResourceAsStream("/search/synonyms.txt"), StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("[,\\s]+")))
                    .map(word -> word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9&-]", ""))
                    .filter(word -> word.length() > 1)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.addAll(List.of(("patients hospital clinic care team nurses physicians pilot evaluation outcomes "
                        + "readmissions discharge pathway workflow integration data platform app device sensor "
                        + "monitoring triage referral waiting list capacity staff burden cost savings evidence trial "
                        + "adoption rural urban community elderly children families medication adherence safety "
                        + "quality access equity language digital remote virtual follow-up alerts dashboard")
                .split(" ")));
        List<String> list = new ArrayList<>(words);
        java.util.Collections.shuffle(list, new Random(7));
        // The long tail of a real vocabulary (names of products, places, drugs, ...): made-up words.
        Random letters = new Random(11);
        while (list.size() < VOCABULARY) {
            StringBuilder word = new StringBuilder();
            for (int i = 0, length = 5 + letters.nextInt(6); i < length; i++) {
                word.append((char) ('a' + letters.nextInt(26)));
            }
            list.add(word.toString());
        }
        return list;
    }

    // ---------------------------------------------------------------- timing

    /** p50, p95, p99 in milliseconds after a warm-up. */
    private static double[] latencies(int queries, IntConsumer query) {
        return latencies(queries, 100, query);
    }

    private static double[] latencies(int queries, int warmup, IntConsumer query) {
        for (int i = 0; i < warmup; i++) {
            query.accept(i);
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long start = System.nanoTime();
            query.accept(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {percentile(millis, 50), percentile(millis, 95), percentile(millis, 99)};
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(List<Row> rows, double heapMb) {
        System.out.println();
        System.out.println("Matching benchmark (top 10; milliseconds p50/p95/p99; PostgreSQL FTS on the same postings:"
                + " 'pg' the whole posting's words, 'pg fair' the engine's chosen terms)");
        String format = "%8s %10s %9s | %-20s %-20s %-20s | %-26s %-26s %-23s %-23s %-20s%n";
        System.out.printf(
                Locale.ROOT,
                format,
                "n",
                "index/s",
                "rebuild s",
                "match need→opp",
                "match opp→need",
                "search+2 facets",
                "pg match need→opp",
                "pg match opp→need",
                "pg fair need→opp",
                "pg fair opp→need",
                "pg search+2 facets");
        for (Row row : rows) {
            System.out.printf(
                    Locale.ROOT,
                    format,
                    row.n(),
                    String.format(Locale.ROOT, "%.0f", row.indexDocsPerS()),
                    String.format(Locale.ROOT, "%.2f", row.rebuildS()),
                    triple(row.matchNeed()),
                    triple(row.matchOpp()),
                    triple(row.search()),
                    triple(row.pgNeed()),
                    triple(row.pgOpp()),
                    triple(row.pgFairNeed()),
                    triple(row.pgFairOpp()),
                    triple(row.pgSearch()));
        }
        Row last = rows.getLast();
        double matchP99 = Math.max(last.matchNeed()[2], last.matchOpp()[2]);
        double pgP99 = Math.max(last.pgNeed()[2], last.pgOpp()[2]);
        double pgFairP99 = Math.max(last.pgFairNeed()[2], last.pgFairOpp()[2]);
        System.out.printf(
                Locale.ROOT,
                "RESULT n=%d match_p99_ms=%.2f pg_fts_p99_ms=%.2f speedup=%.1f pg_fair_p99_ms=%.2f fair_speedup=%.1f"
                        + " index_docs_per_s=%.0f rebuild_s=%.2f heap_mb=%.0f%n",
                last.n(),
                matchP99,
                pgP99,
                pgP99 / matchP99,
                pgFairP99,
                pgFairP99 / matchP99,
                last.indexDocsPerS(),
                last.rebuildS(),
                heapMb);
    }

    private static String triple(double[] values) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", values[0], values[1], values[2]);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
