package org.marketaccess.portal.need.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.marketaccess.portal.need.NeedDraft;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.posting.PostingFeed;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Published needs read in bulk with plain JDBC: the index rebuild reads all of them at once. */
@Repository
public class NeedFeed extends PostingFeed<NeedId, NeedDraft, NeedForMatching> {

    NeedFeed(JdbcTemplate jdbc) {
        super(jdbc, "need", "description, stage, language", NeedId::new, NeedForMatching::new, NeedFeed::draft);
    }

    private static NeedDraft draft(ResultSet row, Map<String, List<String>> codes) throws SQLException {
        return new NeedDraft(
                row.getString("title"),
                row.getString("description"),
                codes.get(TaxonomyKind.SOUGHT.name()),
                codes.get(TaxonomyKind.CATEGORY.name()),
                codes.get(TaxonomyKind.CLINICAL_AREA.name()),
                codes.get(TaxonomyKind.CARE_SETTING.name()),
                row.getString("stage"),
                codes.get(TaxonomyKind.CERTIFICATION.name()),
                codes.get(TaxonomyKind.INTEGRATION.name()),
                codes.get(TaxonomyKind.REGION.name()),
                row.getBoolean("anonymous"),
                row.getBoolean("kept_in_cluster"),
                row.getString("language"));
    }
}
