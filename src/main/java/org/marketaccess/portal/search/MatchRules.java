package org.marketaccess.portal.search;

import java.util.Map;
import org.marketaccess.portal.taxonomy.RegionTree;

/** The reference data the ranking's hard requirements need: nested regions and the order of stages. */
public record MatchRules(RegionTree regions, Map<String, Integer> stageRanks) {

    public int stageRank(String stage) {
        return stage == null ? 0 : stageRanks.getOrDefault(stage, 0);
    }
}
