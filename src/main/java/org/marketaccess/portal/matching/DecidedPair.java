package org.marketaccess.portal.matching;

import java.time.LocalDate;

/**
 * One introduction request the program or the other side decided, as ranking learns from it
 * (decision 031): the pair, which side asked, when it was asked and decided, the state it reached,
 * the decline reason's code ({@code not-relevant}, {@code too-early}, ...) and the outcome recorded
 * after the introduction ({@code MEETING_HELD} ... {@code CLOSED_NO_FIT}). It is also one line of the
 * history file ({@link HistoryFile}).
 *
 * @param requestedByNeed the need's side asked (a startup), from its list of opportunities
 */
public record DecidedPair(
        String needId,
        String opportunityId,
        boolean requestedByNeed,
        LocalDate requestedAt,
        LocalDate decidedAt,
        String state,
        String reason,
        String outcome) {

    /** The posting whose match list the request came from. */
    public String queryId() {
        return requestedByNeed ? needId : opportunityId;
    }

    /** The posting that was asked for. */
    public String answerId() {
        return requestedByNeed ? opportunityId : needId;
    }
}
