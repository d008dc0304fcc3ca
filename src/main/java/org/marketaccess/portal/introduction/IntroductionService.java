package org.marketaccess.portal.introduction;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionEvents.Change;
import org.marketaccess.portal.introduction.internal.Disclosure;
import org.marketaccess.portal.introduction.internal.Introduction;
import org.marketaccess.portal.introduction.internal.IntroductionParties;
import org.marketaccess.portal.introduction.internal.IntroductionRepository;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.UniqueConstraint;
import org.marketaccess.portal.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The introduction workflow of DESIGN.md, one transaction per method. Every step goes the same way
 * ({@link #step}): the request must be the caller's business, the introduction says whether the
 * step is theirs in its state and makes the change itself, the change is saved and a past-tense
 * event published; a refused step changes nothing. What a caller sees is {@link Disclosure}'s
 * business; contact persons leave this service only for an introduction that was made.
 */
@Service
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
@Transactional
public class IntroductionService {

    public static final int MESSAGE_MAX = 2_000;
    public static final int NOTE_MAX = 2_000;
    public static final int LIST_MAX = 200;

    private final IntroductionRepository introductions;
    private final IntroductionParties parties;
    private final MatchingService matching;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final IntroductionSettings settings;
    private final Validator validator;
    private final Clock clock;
    private final Disclosure disclosure;

    IntroductionService(
            IntroductionRepository introductions,
            IntroductionParties parties,
            MatchingService matching,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            IntroductionSettings settings,
            Validator validator,
            Clock clock) {
        this.introductions = introductions;
        this.parties = parties;
        this.disclosure = parties.disclosure();
        this.matching = matching;
        this.currentUser = currentUser;
        this.events = events;
        this.settings = settings;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * What the signed-in member may pair with the other side's posting (one of the two ids is the
     * other side's, the other one may be null): their own published postings, best match first.
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    @Transactional(readOnly = true)
    public RequestOptions requestOptions(NeedId needId, OpportunityId opportunityId) {
        return parties.options(parties.verifiedMember(), needId, opportunityId);
    }

    /**
     * Asks the program to introduce the caller's posting to the other side's: a startup pairs one
     * of its published needs with a published opportunity, a provider one of its published
     * opportunities with a published need. Each side may have one request per pair under review; a
     * request of the other side that the program has not approved yet is not the caller's business
     * and changes nothing in the answer (decision 024).
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public IntroductionId request(NeedId needId, OpportunityId opportunityId, String message) {
        MemberOf member = parties.verifiedMember();
        String text = valid(new StepInput.Message(message)).message();
        Introduction introduction = parties.newRequest(member, needId, opportunityId, text);
        try {
            introductions.saveAndFlush(introduction);
        } catch (DataIntegrityViolationException refused) {
            if (UniqueConstraint.violated(refused, "uq_introduction_open_pair")) {
                // another request for the same pair committed between the check and this insert
                throw new IllegalTransitionException("introduction.pair-taken", "pair taken: " + refused.getMessage());
            }
            throw refused;
        }
        publish(introduction, Change.REQUESTED, null);
        return new IntroductionId(introduction.id());
    }

    /** The requester answers the program's question: the request goes back to review. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public void resubmit(IntroductionId id, String message, long expectedVersion) {
        String text = valid(new StepInput.Message(message)).message();
        step(id, expectedVersion, IntroductionAction.RESUBMIT, found -> found.resubmit(text, clock.instant()));
    }

    /** The requester calls off a request that is still under way. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public void withdraw(IntroductionId id, long expectedVersion) {
        step(id, expectedVersion, IntroductionAction.WITHDRAW, found -> found.withdraw(clock.instant()));
    }

    /** The program lets the request through: the recipient has the response period to answer. */
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    public void approve(IntroductionId id, long expectedVersion) {
        approve(id, null, expectedVersion);
    }

    /**
     * Approves with a note from the program (optional), which both sides see and the approval
     * e-mails carry.
     */
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    public void approve(IntroductionId id, String note, long expectedVersion) {
        String text = valid(new StepInput.Note(note)).note();
        step(id, expectedVersion, IntroductionAction.APPROVE, found -> {
            refuseApprovedPair(found);
            Instant now = clock.instant();
            found.approve(currentUser.require().email(), text, now, now.plus(settings.responsePeriod()));
            found.decidedFor(parties.managerClusters());
        });
    }

    @RolesAllowed(Roles.PROGRAM_MANAGER)
    public void declineAsProgram(IntroductionId id, DeclineReason reason, String note, long expectedVersion) {
        decline(id, expectedVersion, IntroductionAction.DECLINE_AS_PROGRAM, valid(new StepInput.Decline(reason, note)));
    }

    /** The program asks the requester for more information; the requester edits and resubmits. */
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    public void askForInformation(IntroductionId id, String question, long expectedVersion) {
        String text = valid(new StepInput.Question(question)).question();
        step(id, expectedVersion, IntroductionAction.ASK_FOR_INFORMATION, found -> {
            found.askForInformation(text, currentUser.require().email(), clock.instant());
            found.decidedFor(parties.managerClusters());
        });
    }

    /** The recipient consents: the introduction is made and both sides see each other's contacts. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public void accept(IntroductionId id, long expectedVersion) {
        step(id, expectedVersion, IntroductionAction.ACCEPT, found -> found.accept(clock.instant()));
    }

    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public void declineAsRecipient(IntroductionId id, DeclineReason reason, String note, long expectedVersion) {
        decline(
                id,
                expectedVersion,
                IntroductionAction.DECLINE_AS_RECIPIENT,
                valid(new StepInput.Decline(reason, note)));
    }

    /** Either party or the program records what became of an introduction, in order. */
    public void recordOutcome(IntroductionId id, Outcome outcome, String note, long expectedVersion) {
        StepInput.OutcomeNote input = valid(new StepInput.OutcomeNote(outcome, note));
        step(
                id,
                expectedVersion,
                IntroductionAction.RECORD_OUTCOME,
                found -> found.recordOutcome(input.outcome(), input.note(), clock.instant()));
    }

    /** One introduction as the caller may see it; empty when unknown or none of the caller's business. */
    @Transactional(readOnly = true)
    public Optional<IntroductionDetails> details(IntroductionId id) {
        if (id == null) {
            return Optional.empty();
        }
        return introductions.findById(id.value()).flatMap(found -> Disclosure.party(found, parties.viewer())
                .map(party -> disclosure.details(found, party)));
    }

    /** The signed-in member's organization's requests, sent and received, latest change first. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    @Transactional(readOnly = true)
    public List<IntroductionSummary> mine() {
        UUID organization = parties.member().id().value();
        return introductions.involving(organization, PageRequest.of(0, LIST_MAX)).stream()
                .map(found -> Disclosure.summary(
                        found, organization.equals(found.requesterOrg()) ? Party.REQUESTER : Party.RECIPIENT))
                .toList();
    }

    /**
     * The program's view of one state, oldest first: the review queue is {@code PENDING_REVIEW}. A
     * manager sees the requests in which either side belongs to one of their clusters (decision 028).
     */
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Transactional(readOnly = true)
    public List<IntroductionSummary> forProgram(IntroductionStatus status, int limit) {
        return introductions
                .inClusters(
                        status,
                        orNone(parties.managerClusters()),
                        PageRequest.of(0, Math.max(1, Math.min(limit, LIST_MAX))))
                .stream()
                .map(found -> Disclosure.summary(found, Party.PROGRAM))
                .toList();
    }

    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Transactional(readOnly = true)
    public Map<IntroductionStatus, Long> countByStatus() {
        Map<IntroductionStatus, Long> counts = new EnumMap<>(IntroductionStatus.class);
        for (IntroductionStatus status : IntroductionStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : introductions.countByStatusInClusters(orNone(parties.managerClusters()))) {
            counts.put((IntroductionStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** How often each reason was given, by the program and by recipients: what the program learns from. */
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Transactional(readOnly = true)
    public List<DeclineCount> declineReasonCounts() {
        Map<DeclineReason, long[]> counts = new LinkedHashMap<>();
        for (DeclineReason reason : DeclineReason.values()) {
            counts.put(reason, new long[2]);
        }
        for (Object[] row : introductions.countDeclineReasons()) {
            int column = row[1] == IntroductionStatus.DECLINED_BY_PROGRAM ? 0 : 1;
            counts.get((DeclineReason) row[0])[column] += (Long) row[2];
        }
        return counts.entrySet().stream()
                .map(entry -> new DeclineCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }

    /** Decline reasons given, by whom. */
    public record DeclineCount(DeclineReason reason, long byProgram, long byRecipient) {}

    /** Requests whose response period is over: for the system's sweep. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<IntroductionId> dueForExpiry() {
        return introductions.dueBy(IntroductionStatus.AWAITING_RESPONSE, clock.instant()).stream()
                .map(IntroductionId::new)
                .toList();
    }

    /** Requests whose recipient is to be reminded now: for the system's sweep. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<IntroductionId> dueForReminder() {
        return introductions
                .reminderDue(
                        IntroductionStatus.AWAITING_RESPONSE, clock.instant().plus(settings.reminderBefore()))
                .stream()
                .map(IntroductionId::new)
                .toList();
    }

    /** Ends a request nobody answered in time; does nothing when it is not (or no longer) due. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public boolean expire(IntroductionId id) {
        Instant now = clock.instant();
        Optional<Introduction> due = introductions.findById(id.value()).filter(found -> found.dueForExpiry(now));
        due.ifPresent(found -> change(found, Change.EXPIRED, introduction -> introduction.expire(now)));
        return due.isPresent();
    }

    /** Reminds the recipient once, {@code reminder-before} the end of the response period. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public boolean remind(IntroductionId id) {
        Instant now = clock.instant();
        Optional<Introduction> due = introductions
                .findById(id.value())
                .filter(found -> found.dueForReminder(now.plus(settings.reminderBefore())));
        due.ifPresent(found -> change(found, Change.REMINDED, introduction -> introduction.reminded(now)));
        return due.isPresent();
    }

    // --- the steps ------------------------------------------------------------------------------

    /**
     * A caller's step: refused unless the request is the caller's business, {@code action} is
     * theirs to take in its state (the introduction says) and they saw its latest version.
     */
    private Introduction step(
            IntroductionId id, long expectedVersion, IntroductionAction action, Consumer<Introduction> move) {
        Introduction introduction =
                id == null ? null : introductions.findById(id.value()).orElse(null);
        Optional<Party> party =
                introduction == null ? Optional.empty() : Disclosure.party(introduction, parties.viewer());
        if (party.isEmpty()) {
            throw new IllegalTransitionException("introduction.unknown", "no introduction " + id + " for the caller");
        }
        introduction.check(party.get(), action);
        if (introduction.version() != expectedVersion) {
            throw new IllegalTransitionException(
                    "introduction.changed-meanwhile",
                    "introduction " + id + " is at version " + introduction.version() + ", not " + expectedVersion);
        }
        return change(introduction, StepEvents.changeOf(action), move);
    }

    /**
     * Every change, the same way: notes the state before, lets the introduction change (it refuses
     * what its state does not allow), saves, and publishes the past-tense event inside this
     * transaction (the audit records it now, notices go out after commit).
     */
    private Introduction change(Introduction introduction, Change change, Consumer<Introduction> move) {
        String before = StepEvents.stateOf(introduction, change);
        move.accept(introduction);
        save(introduction);
        publish(introduction, change, before);
        return introduction;
    }

    private void publish(Introduction introduction, Change change, String before) {
        Party actor = Disclosure.party(introduction, parties.viewer()).orElse(null);
        events.publishEvent(StepEvents.changed(introduction, change, before, actor));
    }

    private void decline(IntroductionId id, long expectedVersion, IntroductionAction action, StepInput.Decline input) {
        IntroductionStatus declined = action == IntroductionAction.DECLINE_AS_PROGRAM
                ? IntroductionStatus.DECLINED_BY_PROGRAM
                : IntroductionStatus.DECLINED_BY_RECIPIENT;
        Introduction introduction = step(id, expectedVersion, action, found -> {
            String by = currentUser.require().email();
            found.decline(declined, input.reason(), input.note(), by, clock.instant());
            if (action == IntroductionAction.DECLINE_AS_PROGRAM) {
                found.decidedFor(parties.managerClusters());
            }
        });
        // the side that asked is not offered this pair again
        runAsSystem(() -> matching.pairDeclined(
                new NeedId(introduction.needId()),
                new OpportunityId(introduction.opportunityId()),
                introduction.requesterType()));
    }

    /**
     * Both sides may ask for the same pair while the program reviews (decision 024), but only one
     * request per pair reaches its recipient: the other side's, once approved or made, comes first.
     */
    private void refuseApprovedPair(Introduction introduction) {
        introductions
                .findByOpenPair(introduction.pair())
                .filter(other -> !other.id().equals(introduction.id()))
                .ifPresent(other -> {
                    throw new IllegalTransitionException(
                            "introduction.pair-approved-elsewhere", "pair held by " + other.id());
                });
    }

    /**
     * Writes the change now, so that of two people deciding the same request at once exactly one
     * wins: the other's update finds the version moved on and is refused with a message. Two
     * approvals of the two sides' requests for one pair racing are told apart by the pair's key.
     */
    private void save(Introduction introduction) {
        try {
            introductions.saveAndFlush(introduction);
        } catch (OptimisticLockingFailureException lost) {
            throw new IllegalTransitionException("introduction.changed-meanwhile", lost.getMessage());
        } catch (DataIntegrityViolationException refused) {
            if (UniqueConstraint.violated(refused, "uq_introduction_open_pair")) {
                throw new IllegalTransitionException("introduction.pair-approved-elsewhere", refused.getMessage());
            }
            throw refused;
        }
    }

    /** An empty IN list is not valid SQL everywhere: a manager of no cluster matches none. */
    private static java.util.Set<String> orNone(java.util.Set<String> clusters) {
        return clusters.isEmpty() ? java.util.Set.of("-none-") : clusters;
    }

    /** The input as a command record, refused with each field's message when it breaks the record's limits. */
    private <T> T valid(T input) {
        Map<String, String> problems = Violations.of(validator, input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }
}
