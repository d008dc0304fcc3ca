package org.marketaccess.portal.introduction.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionAction;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.Outcome;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;

/**
 * One introduction request. The state changes are its methods, and it refuses, changing nothing, a
 * change its state does not allow ({@link Transition} is the table); it also says which steps each
 * party may take now (who the caller is to the request is the service's business). It keeps the
 * first time it reached each milestone of the program's funnel, for the program's insight.
 */
@Entity
@Table(name = "introduction")
public class Introduction {

    @Id
    private UUID id;

    private UUID needId;
    private UUID opportunityId;
    private String needTitle;
    private String opportunityTitle;

    @Enumerated(EnumType.STRING)
    private OrganizationType requesterType;

    private UUID requesterOrg;
    private String requesterName;
    private boolean requesterAnonymous;
    private UUID recipientOrg;
    private String recipientName;
    private boolean recipientAnonymous;
    private String requestedBy;
    private String message;

    @Enumerated(EnumType.STRING)
    private IntroductionStatus status;

    private String openPair;
    private String infoRequest;

    @Enumerated(EnumType.STRING)
    private DeclineReason declineReason;

    private String declineNote;
    private String decidedBy;

    @jakarta.persistence.Embedded
    private RequestClusters clusters;

    private String programNote;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String outcomeNote;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant expiresAt;
    private Instant remindedAt;
    private Instant introducedAt;
    private Instant approvedAt;
    private Instant answeredAt;
    private Instant meetingHeldAt;
    private Instant pilotAgreedAt;
    private Instant pilotCompletedAt;
    private Instant contractSignedAt;
    private Instant endedAt;
    private Double matchScore;
    private String externalId;

    @Version
    private Long version;

    protected Introduction() {}

    public Introduction(
            UUID needId,
            UUID opportunityId,
            String needTitle,
            String opportunityTitle,
            OrganizationType requesterType,
            UUID requesterOrg,
            String requesterName,
            boolean requesterAnonymous,
            UUID recipientOrg,
            String recipientName,
            boolean recipientAnonymous,
            String requestedBy,
            String message,
            Double matchScore,
            Instant now) {
        this.id = UUID.randomUUID();
        this.needId = needId;
        this.opportunityId = opportunityId;
        this.needTitle = needTitle;
        this.opportunityTitle = opportunityTitle;
        this.requesterType = requesterType;
        this.requesterOrg = requesterOrg;
        this.requesterName = requesterName;
        this.requesterAnonymous = requesterAnonymous;
        this.recipientOrg = recipientOrg;
        this.recipientName = recipientName;
        this.recipientAnonymous = recipientAnonymous;
        this.requestedBy = requestedBy;
        this.message = message;
        this.matchScore = matchScore;
        this.status = IntroductionStatus.PENDING_REVIEW;
        this.openPair = heldKey(status);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The clusters of the two sides (decision 028); set once, when the request is made or imported. */
    public void placeIn(String requesterCluster, String recipientCluster) {
        if (clusters != null && clusters.requester() != null) {
            throw new IllegalStateException("introduction " + id + " already has its clusters");
        }
        clusters = new RequestClusters(requesterCluster, recipientCluster);
    }

    /**
     * Records the cluster a program manager of {@code managerClusters} decided for, with the decision
     * just taken; refused for a manager none of whose clusters is a side of the request.
     */
    public void decidedFor(java.util.Set<String> managerClusters) {
        clusters.decidedFor(clusters.decidedBy(managerClusters));
    }

    public RequestClusters clusters() {
        return clusters;
    }

    /** The pair's key. */
    public String pair() {
        return PairKeys.pair(needId, opportunityId);
    }

    /** Whether this request holds its pair: under way or introduced (see {@link #heldKey()}). */
    public boolean takesPair() {
        return openPair != null;
    }

    /** The key this request holds in the unique column, or null: see {@link PairKeys}. */
    public String heldKey() {
        return openPair;
    }

    private String heldKey(IntroductionStatus state) {
        return PairKeys.held(needId, opportunityId, requesterType, state);
    }

    /** Marks a request that came from a program's data set with that set's id. */
    public void importedAs(String externalId) {
        this.externalId = externalId;
    }

    public void resubmit(String newMessage, Instant now) {
        take(Transition.RESUBMIT, now);
        message = newMessage;
    }

    public void askForInformation(String question, String programManager, Instant now) {
        take(Transition.ASK_FOR_INFORMATION, now);
        infoRequest = question;
        decidedBy = programManager;
    }

    public void approve(String programManager, String note, Instant now, Instant answerBy) {
        take(Transition.APPROVE, now);
        decidedBy = programManager;
        programNote = note;
        expiresAt = answerBy;
    }

    public void decline(IntroductionStatus declined, DeclineReason reason, String note, String by, Instant now) {
        take(
                switch (declined) {
                    case DECLINED_BY_PROGRAM -> Transition.DECLINE_AS_PROGRAM;
                    case DECLINED_BY_RECIPIENT -> Transition.DECLINE_AS_RECIPIENT;
                    default -> throw new IllegalArgumentException("not a decline: " + declined);
                },
                now);
        declineReason = reason;
        declineNote = note;
        if (declined == IntroductionStatus.DECLINED_BY_PROGRAM) {
            decidedBy = by;
        }
    }

    public void accept(Instant now) {
        take(Transition.ACCEPT, now);
    }

    public void withdraw(Instant now) {
        take(Transition.WITHDRAW, now);
    }

    public void expire(Instant now) {
        take(Transition.EXPIRE, now);
    }

    /** The recipient was reminded that the answer is due: once, while the answer is awaited. */
    public void reminded(Instant now) {
        if (!Transition.REMIND.allowedFrom(status) || remindedAt != null) {
            throw refused();
        }
        remindedAt = now;
    }

    /** What became of the introduction: only once made, and in the order of {@link Outcome}. */
    public void recordOutcome(Outcome next, String note, Instant now) {
        if (!Transition.RECORD_OUTCOME.allowedFrom(status)) {
            throw refused();
        }
        if (!next.mayFollow(outcome)) {
            throw new IllegalTransitionException(
                    "introduction.outcome.out-of-order", "outcome " + next + " after " + outcome);
        }
        outcome = next;
        outcomeNote = note;
        updatedAt = now;
        switch (next) {
            case MEETING_HELD -> meetingHeldAt = now;
            case PILOT_AGREED -> pilotAgreedAt = now;
            case PILOT_COMPLETED -> pilotCompletedAt = now;
            case CONTRACT_SIGNED -> contractSignedAt = now;
            case CLOSED_NO_FIT -> endedAt = now;
        }
    }

    /** The steps {@code party} may take now: {@link Transition}'s, and no outcome after the last one. */
    public Set<IntroductionAction> actions(Party party) {
        Set<IntroductionAction> actions = Transition.actions(party, status);
        if (outcome != null && outcome.last()) {
            actions.remove(IntroductionAction.RECORD_OUTCOME);
        }
        return actions;
    }

    /**
     * Refuses a step {@code party} may not take now, with the message the caller is shown: the
     * state's when the step is theirs in another state, "not your step" when it never is.
     */
    public void check(Party party, IntroductionAction action) {
        if (!actions(party).contains(action)) {
            throw new IllegalTransitionException(
                    Transition.ever(party, action)
                            ? "introduction.refused." + status.name().toLowerCase(Locale.ROOT)
                            : "introduction.refused.not-your-step",
                    action + " refused for " + party + " in " + status);
        }
    }

    /** Whether the answer-by time has come for a request still awaiting its answer. */
    public boolean dueForExpiry(Instant now) {
        return Transition.EXPIRE.allowedFrom(status) && !expiresAt.isAfter(now);
    }

    /** Whether the recipient, not reminded yet, is to be reminded of an answer due by {@code remindFrom}. */
    public boolean dueForReminder(Instant remindFrom) {
        return Transition.REMIND.allowedFrom(status) && remindedAt == null && !expiresAt.isAfter(remindFrom);
    }

    /** Takes {@code transition} when the state allows it; refuses it, changing nothing, when not. */
    private void take(Transition transition, Instant now) {
        if (!transition.allowedFrom(status)) {
            throw refused();
        }
        IntroductionStatus next = transition.to();
        status = next;
        updatedAt = now;
        // an introduced pair stays taken; a closed request frees the pair for a new one
        openPair = heldKey(next);
        switch (next) {
            case AWAITING_RESPONSE -> approvedAt = approvedAt == null ? now : approvedAt;
            case INTRODUCED -> {
                introducedAt = now;
                answeredAt = now;
            }
            case DECLINED_BY_RECIPIENT -> {
                answeredAt = now;
                endedAt = now;
            }
            case DECLINED_BY_PROGRAM, WITHDRAWN, EXPIRED -> endedAt = now;
            case PENDING_REVIEW, NEEDS_INFO -> {
                // back and forth in review: no milestone
            }
        }
    }

    private IllegalTransitionException refused() {
        return new IllegalTransitionException(
                "introduction.refused." + status.name().toLowerCase(Locale.ROOT),
                "introduction " + id + " cannot change from " + status);
    }

    public UUID id() {
        return id;
    }

    public UUID needId() {
        return needId;
    }

    public UUID opportunityId() {
        return opportunityId;
    }

    public String needTitle() {
        return needTitle;
    }

    public String opportunityTitle() {
        return opportunityTitle;
    }

    public OrganizationType requesterType() {
        return requesterType;
    }

    public UUID requesterOrg() {
        return requesterOrg;
    }

    public String requesterName() {
        return requesterName;
    }

    public boolean requesterAnonymous() {
        return requesterAnonymous;
    }

    public UUID recipientOrg() {
        return recipientOrg;
    }

    public String recipientName() {
        return recipientName;
    }

    public boolean recipientAnonymous() {
        return recipientAnonymous;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String message() {
        return message;
    }

    public IntroductionStatus status() {
        return status;
    }

    public String infoRequest() {
        return infoRequest;
    }

    public DeclineReason declineReason() {
        return declineReason;
    }

    public String declineNote() {
        return declineNote;
    }

    public String programNote() {
        return programNote;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant introducedAt() {
        return introducedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Double matchScore() {
        return matchScore;
    }

    public String externalId() {
        return externalId;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
