package org.marketaccess.portal.posting;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.marketaccess.portal.organization.OrganizationId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A kind's published postings read in bulk with plain JDBC, for the search index: all of them
 * streamed with their codes ({@link PostingFeedReader}), how many, and each one's version. A kind
 * names its table (its codes are in {@code <table>_term}) and its own columns, and reads its command
 * record from a row by column name; the id, owner, publication time and version are read here.
 *
 * @param <I> the kind's id
 * @param <D> its command record
 * @param <F> its record for matching
 */
public class PostingFeed<I, D, F> {

    /** The kind's command record from the current row (by column name) and its codes (kind to codes). */
    @FunctionalInterface
    public interface DraftReader<D> {
        D read(ResultSet row, Map<String, List<String>> codes) throws SQLException;
    }

    private final JdbcTemplate jdbc;
    private final String table;
    private final String postingsSql;
    private final String termsSql;
    private final Function<UUID, I> id;
    private final PostingType.ForMatching<I, D, F> forMatching;
    private final DraftReader<D> draft;

    /**
     * @param columns the kind's own columns its {@code draft} reads, besides {@code title} and
     *     {@code anonymous}
     */
    protected PostingFeed(
            JdbcTemplate jdbc,
            String table,
            String columns,
            Function<UUID, I> id,
            PostingType.ForMatching<I, D, F> forMatching,
            DraftReader<D> draft) {
        this.jdbc = jdbc;
        this.table = table;
        this.postingsSql = "select id, organization_id, published_at, version, title, anonymous, kept_in_cluster, "
                + columns + " from " + table + " where status = 'PUBLISHED' order by id";
        String postingId = "t." + table + "_id";
        this.termsSql = "select " + postingId + ", t.kind, t.code from " + table + "_term t"
                + " join " + table + " p on p.id = " + postingId
                + " where p.status = 'PUBLISHED' order by " + postingId;
        this.id = id;
        this.forMatching = forMatching;
        this.draft = draft;
    }

    public long forEachPublished(Consumer<F> into) {
        Long read = jdbc.execute(
                (Connection connection) -> PostingFeedReader.read(connection, postingsSql, termsSql, this::map, into));
        return read == null ? 0 : read;
    }

    public long countPublished() {
        Long count = jdbc.queryForObject("select count(*) from " + table + " where status = 'PUBLISHED'", Long.class);
        return count == null ? 0 : count;
    }

    public Map<String, Long> publishedVersions() {
        Map<String, Long> versions = new HashMap<>();
        jdbc.query("select id, version from " + table + " where status = 'PUBLISHED'", row -> {
            versions.put(row.getObject(1).toString(), row.getLong(2));
        });
        return versions;
    }

    private F map(ResultSet row, Map<String, List<String>> codes) throws SQLException {
        Timestamp published = row.getTimestamp(3);
        return forMatching.of(
                id.apply(row.getObject(1, UUID.class)),
                new OrganizationId(row.getObject(2, UUID.class)),
                draft.read(row, codes),
                published == null ? null : published.toInstant(),
                row.getLong(4));
    }
}
