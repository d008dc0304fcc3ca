package org.marketaccess.portal.opportunity.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.posting.PostingFeedReader;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Published opportunities read in bulk with plain JDBC, deadlines passed or not: the index keeps
 * them and filters by deadline at query time, so that no job is needed when a deadline passes.
 */
@Repository
public class OpportunityFeed {

    private final JdbcTemplate jdbc;

    OpportunityFeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long forEachPublished(Consumer<OpportunityForMatching> into) {
        Long read = jdbc.execute((java.sql.Connection connection) -> PostingFeedReader.read(
                connection,
                "select id, organization_id, title, problem_statement, desired_outcomes, minimum_stage, region,"
                        + " budget_band, timeline, response_deadline, anonymous, published_at, version"
                        + " from opportunity where status = 'PUBLISHED' order by id",
                "select t.opportunity_id, t.kind, t.code from opportunity_term t"
                        + " join opportunity o on o.id = t.opportunity_id"
                        + " where o.status = 'PUBLISHED' order by t.opportunity_id",
                OpportunityFeed::map,
                into));
        return read == null ? 0 : read;
    }

    public long countPublished() {
        Long count = jdbc.queryForObject("select count(*) from opportunity where status = 'PUBLISHED'", Long.class);
        return count == null ? 0 : count;
    }

    public Map<String, Long> publishedVersions() {
        Map<String, Long> versions = new HashMap<>();
        jdbc.query("select id, version from opportunity where status = 'PUBLISHED'", row -> {
            versions.put(row.getObject(1).toString(), row.getLong(2));
        });
        return versions;
    }

    private static OpportunityForMatching map(ResultSet row, Map<String, List<String>> codes) throws SQLException {
        Date deadline = row.getDate(10);
        Timestamp published = row.getTimestamp(12);
        return new OpportunityForMatching(
                new OpportunityId(row.getObject(1, UUID.class)),
                new OrganizationId(row.getObject(2, UUID.class)),
                new OpportunityDraft(
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        codes.get(TaxonomyKind.CATEGORY.name()),
                        codes.get(TaxonomyKind.CLINICAL_AREA.name()),
                        codes.get(TaxonomyKind.CARE_SETTING.name()),
                        codes.get(TaxonomyKind.CERTIFICATION.name()),
                        codes.get(TaxonomyKind.INTEGRATION.name()),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9),
                        deadline == null ? null : deadline.toLocalDate(),
                        row.getBoolean(11)),
                published == null ? null : published.toInstant(),
                row.getLong(13));
    }
}
