package org.marketaccess.portal.insight;

import java.time.Instant;
import java.util.List;
import org.marketaccess.portal.introduction.IntroductionId;

/**
 * What waits now (the period does not apply; the other filters do): requests in the program's
 * review for longer than {@code reviewDays}, approved requests the recipients have not answered,
 * those of them that expire within a week, and per recipient organization how fast it answers the
 * requests approved in the period.
 */
public record Waiting(
        int reviewDays,
        long inReviewTooLong,
        List<WaitingRequest> inReview,
        long unanswered,
        List<WaitingRequest> awaitingAnswer,
        long expiringSoon,
        List<WaitingRequest> expiring,
        List<Responder> responders) {

    /** A request and since when it waits; {@code until} is its answer-by time when approved. */
    public record WaitingRequest(
            IntroductionId id,
            String needTitle,
            String opportunityTitle,
            String requesterName,
            String recipientName,
            Instant since,
            Instant until) {}

    /**
     * A recipient organization: of the requests approved for it in the period, how many it answered,
     * let expire or still has to answer, the median days it took, and the share it answered before
     * the deadline (answered over answered and expired; null while none is decided).
     */
    public record Responder(
            String organizationId,
            String name,
            long approved,
            long answered,
            long expired,
            long waiting,
            Double medianDaysToAnswer,
            Double answeredInTime) {}
}
