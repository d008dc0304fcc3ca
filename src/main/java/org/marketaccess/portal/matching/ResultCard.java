package org.marketaccess.portal.matching;

import java.util.List;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.search.MatchExplanation;

/**
 * One result as the caller may see it: the other side's posting (its organization's name only when
 * not anonymous to the caller), for a match the pair's score 0–100 as the caller's side sees it and,
 * when the other side sees another number ({@code otherView}), that one too (null for search results:
 * they are ordered by the typed words and claim no fit), a snippet with the matching words marked,
 * and for matches the reasons. {@code awaitingAnswers} is, for an opportunity ranked lower because
 * its provider has many requests waiting for its answer, how many (decision 031); 0 otherwise.
 */
public record ResultCard(
        String id,
        PostingKind kind,
        String title,
        String organizationName,
        Double score,
        Double otherView,
        List<String> categories,
        List<String> clinicalAreas,
        List<String> careSettings,
        List<String> regions,
        List<MatchExplanation.Segment> snippet,
        MatchExplanation explanation,
        int awaitingAnswers) {

    public boolean anonymous() {
        return organizationName == null;
    }
}
