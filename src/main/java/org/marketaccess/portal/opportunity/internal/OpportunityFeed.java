package org.marketaccess.portal.opportunity.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.marketaccess.portal.opportunity.OpportunityDraft;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.posting.PostingFeed;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Published opportunities read in bulk with plain JDBC, deadlines passed or not: the index keeps
 * them and filters by deadline at query time, so that no job is needed when a deadline passes.
 */
@Repository
public class OpportunityFeed extends PostingFeed<OpportunityId, OpportunityDraft, OpportunityForMatching> {

    OpportunityFeed(JdbcTemplate jdbc) {
        super(
                jdbc,
                "opportunity",
                "problem_statement, desired_outcomes, minimum_stage, region, budget_band, timeline, response_deadline,"
                        + " language",
                OpportunityId::new,
                OpportunityForMatching::new,
                OpportunityFeed::draft);
    }

    private static OpportunityDraft draft(ResultSet row, Map<String, List<String>> codes) throws SQLException {
        Date deadline = row.getDate("response_deadline");
        return new OpportunityDraft(
                row.getString("title"),
                row.getString("problem_statement"),
                row.getString("desired_outcomes"),
                codes.get(TaxonomyKind.CATEGORY.name()),
                codes.get(TaxonomyKind.CLINICAL_AREA.name()),
                codes.get(TaxonomyKind.CARE_SETTING.name()),
                codes.get(TaxonomyKind.CERTIFICATION.name()),
                codes.get(TaxonomyKind.INTEGRATION.name()),
                row.getString("minimum_stage"),
                row.getString("region"),
                row.getString("budget_band"),
                row.getString("timeline"),
                deadline == null ? null : deadline.toLocalDate(),
                row.getBoolean("anonymous"),
                row.getBoolean("kept_in_cluster"),
                row.getString("language"));
    }
}
