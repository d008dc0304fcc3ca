package org.marketaccess.portal.matching;

import java.util.List;
import org.marketaccess.portal.search.MatchExplanation;
import org.marketaccess.portal.search.PostingKind;

/**
 * One result as the caller may see it: the other side's posting (its organization's name only when
 * not anonymous to the caller), the score 0–100 (null when listed without text), a snippet with the
 * matching words marked, and for matches the reasons.
 */
public record ResultCard(
        String id,
        PostingKind kind,
        String title,
        String organizationName,
        Double score,
        List<String> categories,
        List<String> clinicalAreas,
        List<String> careSettings,
        List<String> regions,
        List<MatchExplanation.Segment> snippet,
        MatchExplanation explanation) {

    public boolean anonymous() {
        return organizationName == null;
    }
}
