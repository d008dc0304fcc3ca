package org.marketaccess.portal.introduction.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.marketaccess.portal.introduction.DeclineReason;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.Outcome;
import org.marketaccess.portal.organization.OrganizationType;

/**
 * One introduction request. The state changes are its methods; whether the caller may make them is
 * the service's business, whether the state allows them is checked by the service before calling.
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

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String outcomeNote;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant expiresAt;
    private Instant remindedAt;
    private Instant introducedAt;

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
        this.status = IntroductionStatus.PENDING_REVIEW;
        this.openPair = pairKey(needId, opportunityId);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static String pairKey(UUID needId, UUID opportunityId) {
        return needId + ":" + opportunityId;
    }

    public void resubmit(String newMessage, Instant now) {
        message = newMessage;
        moveTo(IntroductionStatus.PENDING_REVIEW, now);
    }

    public void askForInformation(String question, String programManager, Instant now) {
        infoRequest = question;
        decidedBy = programManager;
        moveTo(IntroductionStatus.NEEDS_INFO, now);
    }

    public void approve(String programManager, Instant now, Instant answerBy) {
        decidedBy = programManager;
        expiresAt = answerBy;
        moveTo(IntroductionStatus.AWAITING_RESPONSE, now);
    }

    public void decline(IntroductionStatus declined, DeclineReason reason, String note, String by, Instant now) {
        declineReason = reason;
        declineNote = note;
        if (declined == IntroductionStatus.DECLINED_BY_PROGRAM) {
            decidedBy = by;
        }
        moveTo(declined, now);
    }

    public void accept(Instant now) {
        introducedAt = now;
        moveTo(IntroductionStatus.INTRODUCED, now);
    }

    public void withdraw(Instant now) {
        moveTo(IntroductionStatus.WITHDRAWN, now);
    }

    public void expire(Instant now) {
        moveTo(IntroductionStatus.EXPIRED, now);
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public void recordOutcome(Outcome next, String note, Instant now) {
        outcome = next;
        outcomeNote = note;
        updatedAt = now;
    }

    private void moveTo(IntroductionStatus next, Instant now) {
        status = next;
        updatedAt = now;
        // an introduced pair stays taken; a closed request frees the pair for a new one
        openPair = next.open() || next == IntroductionStatus.INTRODUCED ? pairKey(needId, opportunityId) : null;
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

    public long version() {
        return version == null ? 0 : version;
    }
}
