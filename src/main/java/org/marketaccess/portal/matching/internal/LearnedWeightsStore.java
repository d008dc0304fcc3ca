package org.marketaccess.portal.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.marketaccess.portal.matching.LearnedWeights;
import org.marketaccess.portal.search.ScoreWeights;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The learned weights, one row per relearn (V19); the latest is the one ranking uses. */
@Component
public class LearnedWeightsStore {

    private final JdbcTemplate jdbc;

    LearnedWeightsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LearnedWeights> latest() {
        List<LearnedWeights> rows =
                jdbc.query("select * from learned_weights order by version desc fetch first 1 rows only", this::row);
        return rows.stream().findFirst();
    }

    /** The newest stored version, or null before the first relearn: what a node compares with its own. */
    public Integer newestVersion() {
        return jdbc.queryForObject("select max(version) from learned_weights", Integer.class);
    }

    /** Stores the weights as the next version and returns them with it. */
    public LearnedWeights add(LearnedWeights weights) {
        Integer last = jdbc.queryForObject("select max(version) from learned_weights", Integer.class);
        int version = last == null ? 1 : last + 1;
        ScoreWeights w = weights.weights();
        jdbc.update(
                """
                insert into learned_weights (version, learned_at, requested_by, learned, labels, positives,
                    negatives, set_aside, capacity_declines, text_weight, clinical_weight, category_weight,
                    setting_weight, requirement_factor, region_factor, replay_train_months, replay_test_months,
                    replay_ndcg_learned, replay_ndcg_design)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                version,
                Timestamp.from(weights.learnedAt()),
                weights.requestedBy(),
                weights.learned(),
                weights.labels(),
                weights.positives(),
                weights.negatives(),
                weights.setAside(),
                weights.capacityDeclines(),
                w.text(),
                w.clinical(),
                w.category(),
                w.setting(),
                w.requirementFactor(),
                w.regionFactor(),
                weights.replayTrainMonths(),
                weights.replayTestMonths(),
                weights.replayNdcgLearned(),
                weights.replayNdcgDesign());
        return new LearnedWeights(
                version,
                weights.learnedAt(),
                weights.requestedBy(),
                weights.learned(),
                weights.labels(),
                weights.positives(),
                weights.negatives(),
                weights.setAside(),
                weights.capacityDeclines(),
                w,
                weights.replayTrainMonths(),
                weights.replayTestMonths(),
                weights.replayNdcgLearned(),
                weights.replayNdcgDesign());
    }

    private LearnedWeights row(ResultSet rs, int n) throws SQLException {
        return new LearnedWeights(
                rs.getInt("version"),
                rs.getTimestamp("learned_at").toInstant(),
                rs.getString("requested_by"),
                rs.getBoolean("learned"),
                rs.getInt("labels"),
                rs.getInt("positives"),
                rs.getInt("negatives"),
                rs.getInt("set_aside"),
                rs.getInt("capacity_declines"),
                new ScoreWeights(
                        rs.getDouble("text_weight"),
                        rs.getDouble("clinical_weight"),
                        rs.getDouble("category_weight"),
                        rs.getDouble("setting_weight"),
                        rs.getDouble("requirement_factor"),
                        rs.getDouble("region_factor")),
                rs.getInt("replay_train_months"),
                rs.getInt("replay_test_months"),
                (Double) rs.getObject("replay_ndcg_learned", Double.class),
                (Double) rs.getObject("replay_ndcg_design", Double.class));
    }
}
