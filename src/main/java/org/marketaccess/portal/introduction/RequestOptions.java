package org.marketaccess.portal.introduction;

import java.util.List;

/**
 * What a requester needs to ask for an introduction: the other side's posting, the caller's own
 * published postings to pair it with (best match first), each saying whether the pair is already
 * taken for the caller: by their own request under way, or by a request its recipient was asked
 * about or an introduction made (a request of the other side still in review does not show).
 */
public record RequestOptions(String otherPostingId, String otherTitle, String otherOrganization, List<Choice> mine) {

    /** One of the caller's postings; {@code score} 0–100 for the pair. */
    public record Choice(String postingId, String title, double score, boolean taken) {}
}
