package org.marketaccess.portal.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.marketaccess.portal.search.MatchEngine;
import org.marketaccess.portal.search.NeedProfile;
import org.marketaccess.portal.search.OpportunityProfile;
import org.marketaccess.portal.search.Visibility;

/**
 * The benchmark's PostgreSQL full-text baselines, on one table of the same postings:
 *
 * <ul>
 *   <li><b>whole posting</b>: the query posting's words OR-ed as an {@code english} tsquery against
 *       a generated {@code english} tsvector (every word of the posting is a query term);
 *   <li><b>fair</b>: the engine's own words. The table's {@code terms} column holds each posting's
 *       terms as the engine's index analyzer writes them (the same stems, title terms weighted A),
 *       and the query is the engine's chosen terms for the query posting ({@link
 *       MatchEngine#matchTerms}, at most 32) OR-ed as a tsquery. Both sides are built from lexemes
 *       directly (tsvector and tsquery literals), so PostgreSQL neither re-stems nor splits them and
 *       a term matches exactly where it matches in Lucene; the GIN index on {@code terms} finds the
 *       postings with any of the terms.
 * </ul>
 *
 * Both rank by {@code ts_rank_cd} (divided by the best candidate's, like the engine's former text
 * part) plus the same facet overlaps, with the engine's filters: the other kind, open deadline,
 * another organization, and the visibility of decision 028 (the document's audience holds the
 * viewer's cluster, the document's cluster may see the query posting).
 */
final class FtsBaseline {

    /** The benchmark's organizations are all in one cluster, whose postings its partners may see. */
    static final String CLUSTER = "massachusetts";

    static final Set<String> AUDIENCE = Set.of("massachusetts", "catalonia", "yorkshire");

    /** How the engine and both baselines see: an organization of {@link #CLUSTER} matching. */
    static final Visibility VISIBILITY = new Visibility(CLUSTER, AUDIENCE);

    private static final String MATCH = """
            with q as (select %s as query),
            hits as (
              select p.id, ts_rank_cd(p.%s, q.query) as text_rank, p.clinical, p.categories, p.settings
              from fts_posting p, q
              where p.kind = ? and p.organization_id <> ?
                and (p.deadline is null or p.deadline >= current_date)
                and ? = any(p.audience) and p.cluster = any(?::text[])
                and (p.%s @@ q.query or p.clinical && ?::text[] or p.categories && ?::text[] or p.settings && ?::text[])
            )
            select id,
                   0.55 * text_rank / greatest(max(text_rank) over (), 1e-9)
                 + 0.17 * 2.0 * cardinality(array(select unnest(clinical) intersect select unnest(?::text[])))
                        / (cardinality(clinical) + cardinality(?::text[]))
                 + 0.17 * 2.0 * cardinality(array(select unnest(categories) intersect select unnest(?::text[])))
                        / (cardinality(categories) + cardinality(?::text[]))
                 + 0.11 * 2.0 * cardinality(array(select unnest(settings) intersect select unnest(?::text[])))
                        / (cardinality(settings) + cardinality(?::text[])) as score
            from hits order by score desc limit 10
            """;

    /** The whole posting's words, stemmed by PostgreSQL's english configuration, any of them. */
    static final String WHOLE_MATCH =
            MATCH.formatted("replace(plainto_tsquery('english', ?)::text, '&', '|')::tsquery", "tsv", "tsv");

    /** The engine's chosen terms as a tsquery literal ({@link #tsquery}). */
    static final String FAIR_MATCH = MATCH.formatted("?::tsquery", "terms", "terms");

    static final String SEARCH = """
            with q as (select replace(plainto_tsquery('english', ?)::text, '&', '|')::tsquery as query)
            select p.id from fts_posting p, q
            where p.kind = 'OPPORTUNITY' and p.tsv @@ q.query and p.clinical @> ?::text[] and p.settings @> ?::text[]
            order by ts_rank_cd(p.tsv, q.query) desc limit 10
            """;

    private FtsBaseline() {}

    static void createTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("""
                    create table fts_posting (
                      id uuid primary key, kind varchar(16) not null, organization_id uuid not null,
                      title text not null, body text not null,
                      tsv tsvector generated always as
                        (setweight(to_tsvector('english', title), 'A') || to_tsvector('english', body)) stored,
                      terms tsvector not null,
                      deadline date, cluster text not null, audience text[] not null,
                      clinical text[] not null, categories text[] not null, settings text[] not null)""");
            statement.execute("create index ix_fts_posting_tsv on fts_posting using gin (tsv)");
            statement.execute("create index ix_fts_posting_terms on fts_posting using gin (terms)");
            statement.execute("create index ix_fts_posting_clinical on fts_posting using gin (clinical)");
            statement.execute("create index ix_fts_posting_categories on fts_posting using gin (categories)");
            statement.execute("create index ix_fts_posting_settings on fts_posting using gin (settings)");
        }
    }

    static void load(DataSource dataSource, MatchingBenchmark.Dataset data, MatchEngine engine) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.createStatement().execute("truncate fts_posting");
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into fts_posting (id, kind, organization_id, title, body, terms, cluster, audience,"
                            + " clinical, categories, settings) values (?, ?, ?, ?, ?, ?::tsvector, ?, ?, ?, ?, ?)")) {
                int batch = 0;
                for (NeedProfile need : data.needs()) {
                    row(
                            insert,
                            need.id(),
                            "NEED",
                            need.organizationId(),
                            need.title(),
                            need.description(),
                            tsvector(engine.indexedTerms(need)),
                            need.clinicalAreas(),
                            need.categories(),
                            need.careSettings());
                    if (++batch % 2_000 == 0) {
                        insert.executeBatch();
                    }
                }
                for (OpportunityProfile o : data.opportunities()) {
                    row(
                            insert,
                            o.id(),
                            "OPPORTUNITY",
                            o.organizationId(),
                            o.title(),
                            o.description() + "\n" + o.desiredOutcomes(),
                            tsvector(engine.indexedTerms(o)),
                            o.clinicalAreas(),
                            o.categories(),
                            o.careSettings());
                    if (++batch % 2_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            connection.setAutoCommit(true);
            connection.createStatement().execute("vacuum analyze fts_posting");
        }
    }

    private static void row(
            PreparedStatement insert,
            String id,
            String kind,
            String organization,
            String title,
            String body,
            String terms,
            List<String> clinical,
            List<String> categories,
            List<String> settings)
            throws SQLException {
        Connection connection = insert.getConnection();
        insert.setObject(1, UUID.fromString(id));
        insert.setString(2, kind);
        insert.setObject(3, UUID.fromString(organization));
        insert.setString(4, title);
        insert.setString(5, body);
        insert.setString(6, terms);
        insert.setString(7, CLUSTER);
        insert.setArray(8, connection.createArrayOf("text", AUDIENCE.toArray()));
        insert.setArray(9, connection.createArrayOf("text", clinical.toArray()));
        insert.setArray(10, connection.createArrayOf("text", categories.toArray()));
        insert.setArray(11, connection.createArrayOf("text", settings.toArray()));
        insert.addBatch();
    }

    /**
     * A tsvector literal of the engine's terms: each lexeme quoted (nothing is parsed or stemmed
     * again) with its positions, the title's weighted A like the generated {@code tsv}.
     */
    static String tsvector(MatchEngine.TextTerms terms) {
        Map<String, StringBuilder> positions = new LinkedHashMap<>();
        int position = 0;
        for (String term : terms.title()) {
            add(positions, term, ++position, "A");
        }
        for (String term : terms.body()) {
            add(positions, term, ++position, "");
        }
        return positions.entrySet().stream()
                .map(entry -> quote(entry.getKey()) + ":" + entry.getValue())
                .collect(Collectors.joining(" "));
    }

    private static void add(Map<String, StringBuilder> positions, String term, int position, String weight) {
        if (position > 16_383) {
            return; // PostgreSQL's largest position
        }
        StringBuilder list = positions.computeIfAbsent(term, t -> new StringBuilder());
        list.append(list.isEmpty() ? "" : ",").append(position).append(weight);
    }

    /** A tsquery literal: any of the terms. */
    static String tsquery(List<String> terms) {
        return terms.stream().map(FtsBaseline::quote).collect(Collectors.joining(" | "));
    }

    private static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** One match query: {@code text} is the posting's words (whole) or its tsquery literal (fair). */
    static void match(
            PreparedStatement statement,
            String text,
            String kind,
            String organization,
            List<String> clinical,
            List<String> categories,
            List<String> settings) {
        match(statement, text, kind, organization, clinical, categories, settings, FtsBaseline::consume);
    }

    interface Bound {
        void accept(PreparedStatement statement) throws SQLException;
    }

    private static void match(
            PreparedStatement statement,
            String text,
            String kind,
            String organization,
            List<String> clinical,
            List<String> categories,
            List<String> settings,
            Bound then) {
        try {
            Connection connection = statement.getConnection();
            var c = connection.createArrayOf("text", clinical.toArray());
            var k = connection.createArrayOf("text", categories.toArray());
            var s = connection.createArrayOf("text", settings.toArray());
            statement.setString(1, text);
            statement.setString(2, kind);
            statement.setObject(3, UUID.fromString(organization));
            statement.setString(4, VISIBILITY.viewerCluster());
            statement.setArray(
                    5, connection.createArrayOf("text", VISIBILITY.seenBy().toArray()));
            statement.setArray(6, c);
            statement.setArray(7, k);
            statement.setArray(8, s);
            statement.setArray(9, c);
            statement.setArray(10, c);
            statement.setArray(11, k);
            statement.setArray(12, k);
            statement.setArray(13, s);
            statement.setArray(14, s);
            then.accept(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scans of the fair query's plan, one line: whether PostgreSQL used the GIN indexes. */
    static String plan(Connection connection, NeedProfile need, String terms) {
        try (PreparedStatement explain =
                connection.prepareStatement("explain (analyze, costs off, timing off, summary off) " + FAIR_MATCH)) {
            match(
                    explain,
                    terms,
                    "OPPORTUNITY",
                    need.organizationId(),
                    need.clinicalAreas(),
                    need.categories(),
                    need.careSettings(),
                    lines -> {});
            StringBuilder scans = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    String line = rows.getString(1).strip();
                    if (line.contains("Scan") || line.startsWith("->  Bitmap") || line.startsWith("Rows Removed")) {
                        scans.append(scans.isEmpty() ? "" : "; ").append(line.replace("->  ", ""));
                    }
                }
            }
            return scans.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void search(PreparedStatement statement, String text, String clinical, String setting) {
        try {
            Connection connection = statement.getConnection();
            statement.setString(1, text);
            statement.setArray(2, connection.createArrayOf("text", new Object[] {clinical}));
            statement.setArray(3, connection.createArrayOf("text", new Object[] {setting}));
            consume(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void consume(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }
}
