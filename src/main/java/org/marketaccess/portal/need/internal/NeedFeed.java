package org.marketaccess.portal.need.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.posting.PostingFeedReader;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Published needs read in bulk with plain JDBC: the index rebuild reads all of them at once. */
@Repository
public class NeedFeed {

    private final JdbcTemplate jdbc;

    NeedFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long forEachPublished(Consumer<NeedForMatching> into) {
        Long read = jdbc.execute((java.sql.Connection connection) -> PostingFeedReader.read(
                connection,
                "select id, organization_id, title, description, stage, anonymous, published_at, version"
                        + " from need where status = 'PUBLISHED' order by id",
                "select t.need_id, t.kind, t.code from need_term t join need n on n.id = t.need_id"
                        + " where n.status = 'PUBLISHED' order by t.need_id",
                NeedFeed::map,
                into));
        return read == null ? 0 : read;
    }

    public long countPublished() {
        Long count = jdbc.queryForObject("select count(*) from need where status = 'PUBLISHED'", Long.class);
        return count == null ? 0 : count;
    }

    public Map<String, Long> publishedVersions() {
        Map<String, Long> versions = new HashMap<>();
        jdbc.query("select id, version from need where status = 'PUBLISHED'", row -> {
            versions.put(row.getObject(1).toString(), row.getLong(2));
        });
        return versions;
    }

    private static NeedForMatching map(ResultSet row, Map<String, List<String>> codes) throws SQLException {
        Timestamp published = row.getTimestamp(7);
        return new NeedForMatching(
                new NeedId(row.getObject(1, UUID.class)),
                new OrganizationId(row.getObject(2, UUID.class)),
                new NeedDraft(
                        row.getString(3),
                        row.getString(4),
                        codes.get(TaxonomyKind.SOUGHT.name()),
                        codes.get(TaxonomyKind.CATEGORY.name()),
                        codes.get(TaxonomyKind.CLINICAL_AREA.name()),
                        codes.get(TaxonomyKind.CARE_SETTING.name()),
                        row.getString(5),
                        codes.get(TaxonomyKind.CERTIFICATION.name()),
                        codes.get(TaxonomyKind.INTEGRATION.name()),
                        codes.get(TaxonomyKind.REGION.name()),
                        row.getBoolean(6)),
                published == null ? null : published.toInstant(),
                row.getLong(8));
    }
}
