package org.marketaccess.portal.insight;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.marketaccess.portal.matching.internal.IndexSync;
import org.marketaccess.portal.operations.PortalWithoutWeb;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's queries at program scale ({@code scripts/benchmark-insight}): loads N
 * introductions (default 100,000) with their milestones, 600 organizations and 4,000 postings into
 * a PostgreSQL schema of its own, and times each dashboard query through {@link InsightService}
 * for three filters (median of 5 runs after a warm-up). In the same run the baseline: the same
 * queries with the insight indexes of migration V7 dropped. Prints a table and a RESULT line.
 */
public final class InsightBenchmark {

    private static final String SCHEMA = "benchmark_insight";
    private static final int ORGANIZATIONS = 600;
    private static final int POSTINGS = 2_000;
    private static final int RUNS = 5;
    private static final String[] REGIONS = {
        "massachusetts", "new-england", "catalonia", "spain", "yorkshire", "united-kingdom", "europe"
    };
    private static final String[] CATEGORIES = {
        "remote-monitoring",
        "telehealth",
        "data-analytics-ai",
        "care-coordination",
        "digital-therapeutics",
        "ehr-interoperability",
        "patient-engagement",
        "clinical-decision-support"
    };
    private static final String[] AREAS = {
        "cardiology", "respiratory", "diabetes-endocrinology", "oncology", "behavioral-health", "geriatrics"
    };
    private static final String[] WORDS = ("heart failure remote monitoring readmission discharge nurse triage"
                    + " telehealth virtual ward diabetes glucose copd inhaler oncology symptom cardiology"
                    + " analytics prediction sepsis workflow scheduling wearable home care")
            .split(" ");

    private InsightBenchmark() {}

    public static void main(String[] args) throws Exception {
        int introductions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = "jdbc:postgresql://" + env("PORTAL_DB_HOST", "localhost") + ":" + env("PORTAL_DB_PORT", "5432")
                + "/" + env("PORTAL_DB_NAME", "portal") + "?currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true";
        try (var connection = java.sql.DriverManager.getConnection(
                        url, env("PORTAL_DB_USER", "portal"), env("PORTAL_DB_PASSWORD", "portal"));
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        Path index = Files.createTempDirectory("portal-insight-benchmark-index");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", url);
        settings.put("spring.datasource.username", env("PORTAL_DB_USER", "portal"));
        settings.put("spring.datasource.password", env("PORTAL_DB_PASSWORD", "portal"));
        settings.put("spring.flyway.schemas", SCHEMA);
        settings.put("spring.flyway.create-schemas", "true");
        settings.put("portal.demo.enabled", "false");
        settings.put("portal.insight.monthly-summary", "false");
        settings.put("portal.search.index-directory", index.toString());
        System.out.println("Starting the portal (no web, no demo data) on PostgreSQL schema '" + SCHEMA + "' …");
        ConfigurableApplicationContext context = PortalWithoutWeb.start(settings);
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long loading = System.nanoTime();
            Load load = new Load(jdbc, new Random(7));
            load.all(introductions);
            jdbc.execute("analyze");
            System.out.printf(
                    "Loaded %,d introductions, %d organizations, %,d postings in %.1f s%n",
                    introductions, ORGANIZATIONS, 2 * POSTINGS, (System.nanoTime() - loading) / 1e9);
            context.getBean(IndexSync.class).rebuild("benchmark");

            InsightService insight = context.getBean(InsightService.class);
            // the gaps are ranked in the background after a change: time that ranking on its own
            long cold = System.nanoTime();
            Instant asked = Instant.now();
            while (!ranked(runAsSystem(() -> insight.supplyAndDemand(40)), asked)) {
                Thread.sleep(20);
            }
            double gapsRankingMs = (System.nanoTime() - cold) / 1e6;

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Map<String, InsightFilter> filters = new LinkedHashMap<>();
            filters.put("365 days", new InsightFilter(today.minusDays(364), today, null, null, null, null, null));
            filters.put(
                    "90 days, catalonia",
                    new InsightFilter(today.minusDays(89), today, "catalonia", null, null, null, null));
            filters.put(
                    "30 days, telehealth",
                    new InsightFilter(today.minusDays(29), today, null, "telehealth", null, null, null));

            Map<String, double[]> indexed = measure(insight, filters);
            for (String dropped : List.of(
                    "ix_introduction_created",
                    "ix_introduction_ended",
                    "ix_introduction_introduced",
                    "ix_introduction_pilot_agreed",
                    "ix_introduction_approved")) {
                jdbc.execute("drop index " + dropped);
            }
            jdbc.execute("analyze introduction");
            Map<String, double[]> baseline = measure(insight, filters);

            System.out.printf(
                    "%n%-22s %-12s %12s %12s %16s%n", "filter", "query", "median ms", "max ms", "baseline med ms");
            String slowest = null;
            double slowestMs = 0;
            double dashboard = 0;
            double baselineDashboard = 0;
            for (String key : indexed.keySet()) {
                double[] figures = indexed.get(key);
                double[] before = baseline.get(key);
                String[] parts = key.split("\\|");
                System.out.printf(
                        "%-22s %-12s %12.1f %12.1f %16.1f%n", parts[0], parts[1], figures[0], figures[1], before[0]);
                if (figures[0] > slowestMs) {
                    slowestMs = figures[0];
                    slowest = key.replace(' ', '_').replace(',', '_').replace('|', ':');
                }
                if (parts[0].equals("365 days")) {
                    dashboard += figures[0];
                    baselineDashboard += before[0];
                }
            }
            System.out.printf(
                    "%nRESULT introductions=%d postings=%d slowest_query=%s slowest_ms=%.1f dashboard_365d_ms=%.1f"
                            + " baseline_no_indexes_dashboard_365d_ms=%.1f gaps_background_ranking_ms=%.1f%n",
                    introductions, 2 * POSTINGS, slowest, slowestMs, dashboard, baselineDashboard, gapsRankingMs);
        } finally {
            context.close();
        }
        try (var connection = java.sql.DriverManager.getConnection(
                        url, env("PORTAL_DB_USER", "portal"), env("PORTAL_DB_PASSWORD", "portal"));
                var statement = connection.createStatement()) {
            statement.execute("drop schema " + SCHEMA + " cascade");
        }
    }

    /** Whether the gaps were ranked since {@code since} (the one before reflects the empty index). */
    private static boolean ranked(SupplyAndDemand market, Instant since) {
        return market.gapsAsOf() != null && !market.gapsAsOf().isBefore(since);
    }

    /** Median and maximum milliseconds of each query for each filter, after one warm-up run. */
    private static Map<String, double[]> measure(InsightService insight, Map<String, InsightFilter> filters) {
        Map<String, double[]> results = new LinkedHashMap<>();
        for (var filter : filters.entrySet()) {
            Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
            queries.put("funnel", () -> insight.funnel(filter.getValue()));
            queries.put("waiting", () -> insight.waiting(filter.getValue(), 7));
            queries.put("failures", () -> insight.failures(filter.getValue()));
            queries.put("trend", () -> insight.trend(filter.getValue()));
            queries.put("supply", () -> insight.supplyAndDemand(40));
            for (var query : queries.entrySet()) {
                runAsSystem(query.getValue());
                double[] times = new double[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    runAsSystem(query.getValue());
                    times[run] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(times);
                results.put(filter.getKey() + "|" + query.getKey(), new double[] {times[RUNS / 2], times[RUNS - 1]});
            }
        }
        return results;
    }

    /** Synthetic organizations, postings and introductions, written with batched inserts. */
    private static final class Load {

        final JdbcTemplate jdbc;
        final Random random;
        final Instant now = Instant.now();
        final List<UUID> startups = new ArrayList<>();
        final List<UUID> providers = new ArrayList<>();
        final List<UUID[]> needs = new ArrayList<>();
        final List<UUID[]> opportunities = new ArrayList<>();

        Load(JdbcTemplate jdbc, Random random) {
            this.jdbc = jdbc;
            this.random = random;
        }

        void all(int introductions) {
            List<Object[]> organizations = new ArrayList<>();
            for (int i = 0; i < ORGANIZATIONS; i++) {
                UUID id = UUID.randomUUID();
                boolean startup = i % 2 == 0;
                (startup ? startups : providers).add(id);
                organizations.add(new Object[] {
                    id,
                    startup ? "STARTUP" : "PROVIDER",
                    "Organization " + i,
                    REGIONS[i % REGIONS.length],
                    "Synthetic organization " + i,
                    "VERIFIED",
                    ts(now.minus(Duration.ofDays(900)))
                });
            }
            jdbc.batchUpdate(
                    "insert into organization (id, type, name, region, description, status, listed_in_directory,"
                            + " created_at, version, cluster_code) values (?, ?, ?, ?, ?, ?, false, ?, 0,"
                            + " 'massachusetts')",
                    organizations);
            postings(true);
            postings(false);
            List<Object[]> rows = new ArrayList<>();
            for (int k = 0; k < introductions; k++) {
                rows.add(introduction(k));
                if (rows.size() == 5_000) {
                    insertIntroductions(rows);
                    rows.clear();
                }
            }
            insertIntroductions(rows);
        }

        private void postings(boolean need) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> terms = new ArrayList<>();
            for (int i = 0; i < POSTINGS; i++) {
                UUID id = UUID.randomUUID();
                UUID organization = (need ? startups : providers).get(random.nextInt(ORGANIZATIONS / 2));
                (need ? needs : opportunities).add(new UUID[] {id, organization});
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                String area = AREAS[random.nextInt(AREAS.length)];
                String title = words(5) + " " + i;
                Timestamp created = ts(now.minus(Duration.ofDays(800)));
                rows.add(
                        need
                                ? new Object[] {id, organization, title, words(60), created, created, created}
                                : new Object[] {
                                    id,
                                    organization,
                                    title,
                                    words(60),
                                    REGIONS[i % REGIONS.length],
                                    created,
                                    created,
                                    created
                                });
                terms.add(new Object[] {id, "CATEGORY", category});
                terms.add(new Object[] {id, "CLINICAL_AREA", area});
                terms.add(new Object[] {id, "CARE_SETTING", "home"});
                if (need) {
                    terms.add(new Object[] {id, "SOUGHT", "pilot-site"});
                    terms.add(new Object[] {id, "REGION", REGIONS[random.nextInt(REGIONS.length)]});
                }
            }
            if (need) {
                jdbc.batchUpdate(
                        "insert into need (id, organization_id, title, description, stage, status, anonymous, created_at,"
                                + " updated_at, published_at, version) values (?, ?, ?, ?, 'pilot-ready', 'PUBLISHED',"
                                + " false, ?, ?, ?, 0)",
                        rows);
                jdbc.batchUpdate("insert into need_term (need_id, kind, code) values (?, ?, ?)", terms);
            } else {
                jdbc.batchUpdate(
                        "insert into opportunity (id, organization_id, title, problem_statement, region, status,"
                                + " anonymous, created_at, updated_at, published_at, version)"
                                + " values (?, ?, ?, ?, ?, 'PUBLISHED', false, ?, ?, ?, 0)",
                        rows);
                jdbc.batchUpdate("insert into opportunity_term (opportunity_id, kind, code) values (?, ?, ?)", terms);
            }
        }

        /** One request over the last three years and the steps it took, as the workflow allows. */
        private Object[] introduction(int k) {
            // a distinct pair per request: need k mod n, opportunity shifted by the round
            int n = k % POSTINGS;
            UUID[] need = needs.get(n);
            UUID[] opportunity = opportunities.get((37 * (k / POSTINGS) + n) % POSTINGS);
            boolean startup = random.nextDouble() < 0.65;
            Instant created = now.minus(Duration.ofMinutes((long) (random.nextDouble() * 3 * 365 * 24 * 60)));
            double score = Math.round(random.nextDouble() * 1000) / 10.0;
            Instant approved = null;
            Instant answered = null;
            Instant introduced = null;
            Instant[] outcomes = new Instant[4];
            Instant ended = null;
            String status;
            String outcome = null;
            String reason = null;
            Instant t = created.plus(days(0.5, 10));
            double roll = random.nextDouble();
            if (t.isAfter(now)) {
                status = "PENDING_REVIEW";
            } else if (roll < 0.15) {
                status = "DECLINED_BY_PROGRAM";
                ended = t;
                reason = "TOO_EARLY";
            } else if (roll < 0.19) {
                status = "WITHDRAWN";
                ended = t;
            } else {
                approved = t;
                t = t.plus(days(0.5, 13));
                double answer = random.nextDouble();
                if (t.isAfter(now)) {
                    status = "AWAITING_RESPONSE";
                } else if (answer < 0.1) {
                    status = "EXPIRED";
                    ended = approved.plus(Duration.ofDays(14));
                } else if (answer < 0.35) {
                    status = "DECLINED_BY_RECIPIENT";
                    answered = t;
                    ended = t;
                    reason = "NO_CAPACITY";
                } else {
                    status = "INTRODUCED";
                    answered = t;
                    introduced = t;
                    String[] names = {"MEETING_HELD", "PILOT_AGREED", "PILOT_COMPLETED", "CONTRACT_SIGNED"};
                    for (int step = 0; step < 4 && random.nextDouble() < 0.6; step++) {
                        t = t.plus(days(5, 60));
                        if (t.isAfter(now)) {
                            break;
                        }
                        outcomes[step] = t;
                        outcome = names[step];
                    }
                }
            }
            boolean holdsPair = status.equals("PENDING_REVIEW")
                    || status.equals("AWAITING_RESPONSE")
                    || status.equals("INTRODUCED");
            UUID requester = startup ? need[1] : opportunity[1];
            UUID recipient = startup ? opportunity[1] : need[1];
            Instant updated = ended != null ? ended : t.isAfter(now) ? created : t;
            return new Object[] {
                UUID.randomUUID(),
                need[0],
                opportunity[0],
                "Need",
                "Opportunity",
                startup ? "STARTUP" : "PROVIDER",
                requester,
                "Requester",
                recipient,
                "Recipient",
                "someone@example.org",
                "Hello",
                status,
                holdsPair ? need[0] + ":" + opportunity[0] : null,
                reason,
                outcome,
                ts(created),
                ts(updated),
                approved == null ? null : ts(approved.plus(Duration.ofDays(14))),
                ts(introduced),
                ts(approved),
                ts(answered),
                ts(outcomes[0]),
                ts(outcomes[1]),
                ts(outcomes[2]),
                ts(outcomes[3]),
                ts(ended),
                score
            };
        }

        private void insertIntroductions(List<Object[]> rows) {
            jdbc.batchUpdate(
                    "insert into introduction (id, need_id, opportunity_id, need_title, opportunity_title,"
                            + " requester_type, requester_org, requester_name, requester_anonymous, recipient_org,"
                            + " recipient_name, recipient_anonymous, requested_by, message, status, open_pair,"
                            + " decline_reason, outcome, created_at, updated_at, expires_at, introduced_at,"
                            + " approved_at, answered_at, meeting_held_at, pilot_agreed_at, pilot_completed_at,"
                            + " contract_signed_at, ended_at, match_score, version, requester_cluster,"
                            + " recipient_cluster)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?, ?, 0, 'massachusetts', 'massachusetts')",
                    rows);
        }

        private Duration days(double min, double max) {
            return Duration.ofMinutes((long) ((min + random.nextDouble() * (max - min)) * 24 * 60));
        }

        private String words(int count) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            return text.toString();
        }

        private static Timestamp ts(Instant at) {
            return at == null ? null : Timestamp.from(at);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
