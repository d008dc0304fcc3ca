package org.marketaccess.portal.introduction;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionEvents.Change;
import org.marketaccess.portal.introduction.IntroductionEvents.IntroductionChanged;
import org.marketaccess.portal.introduction.internal.Disclosure;
import org.marketaccess.portal.introduction.internal.Disclosure.Viewer;
import org.marketaccess.portal.introduction.internal.Introduction;
import org.marketaccess.portal.introduction.internal.IntroductionRepository;
import org.marketaccess.portal.matching.MatchDetail;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.need.NeedDetails;
import org.marketaccess.portal.need.NeedForMatching;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityDetails;
import org.marketaccess.portal.opportunity.OpportunityForMatching;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.UniqueConstraint;
import org.marketaccess.portal.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The introduction workflow of DESIGN.md. Every step checks who the caller is to the request
 * (requester, recipient, program) and whether the state allows the step; a refused step changes
 * nothing. Contact persons leave this service only for an introduction that was made.
 */
@Service
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER})
@Transactional
public class IntroductionService {

    public static final int MESSAGE_MAX = 2_000;
    public static final int NOTE_MAX = 2_000;
    public static final int LIST_MAX = 200;

    private final IntroductionRepository introductions;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final OrganizationService organizations;
    private final MatchingService matching;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final IntroductionSettings settings;
    private final Validator validator;
    private final Clock clock;
    private final Disclosure disclosure = new Disclosure(this::contacts);

    IntroductionService(
            IntroductionRepository introductions,
            NeedService needs,
            OpportunityService opportunities,
            OrganizationService organizations,
            MatchingService matching,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            IntroductionSettings settings,
            Validator validator,
            Clock clock) {
        this.introductions = introductions;
        this.needs = needs;
        this.opportunities = opportunities;
        this.organizations = organizations;
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
        MemberOf member = verifiedMember();
        List<RequestOptions.Choice> choices = new ArrayList<>();
        String otherId;
        String otherTitle;
        String otherOrganization;
        if (member.type() == OrganizationType.STARTUP) {
            OpportunityDetails other = otherOpportunity(opportunityId);
            needs.mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 50))
                    .forEach(own ->
                            choices.add(choice(own.id(), other.id(), own.id().toString(), own.title())));
            otherId = other.id().toString();
            otherTitle = other.content().title();
            otherOrganization =
                    other.organizationHidden() ? null : other.organization().name();
        } else {
            NeedDetails other = otherNeed(needId);
            opportunities
                    .mine(Set.of(PostingStatus.PUBLISHED), PageRequest.of(0, 50))
                    .forEach(own ->
                            choices.add(choice(other.id(), own.id(), own.id().toString(), own.title())));
            otherId = other.id().toString();
            otherTitle = other.content().title();
            otherOrganization =
                    other.organizationHidden() ? null : other.organization().name();
        }
        choices.sort(Comparator.comparingDouble(RequestOptions.Choice::score).reversed());
        return new RequestOptions(otherId, otherTitle, otherOrganization, choices);
    }

    private RequestOptions.Choice choice(NeedId need, OpportunityId opportunity, String ownId, String ownTitle) {
        return new RequestOptions.Choice(
                ownId, ownTitle, score(need, opportunity), taken(need.value(), opportunity.value()));
    }

    /**
     * Asks the program to introduce the caller's posting to the other side's: a startup pairs one
     * of its published needs with a published opportunity, a provider one of its published
     * opportunities with a published need. One request per pair may be under way.
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public IntroductionId request(NeedId needId, OpportunityId opportunityId, String message) {
        MemberOf member = verifiedMember();
        String text = valid(new StepInput.Message(message)).message();
        boolean startup = member.type() == OrganizationType.STARTUP;
        // the caller's own posting must be theirs and published, the other side's published
        NeedDetails need = startup ? ownNeed(needId) : otherNeed(needId);
        OpportunityDetails opportunity = startup ? otherOpportunity(opportunityId) : ownOpportunity(opportunityId);
        // the other side's organization, even when its posting is anonymous to the caller
        OrganizationId recipient = runAsSystem(() -> startup
                        ? opportunities.forMatching(opportunity.id()).map(OpportunityForMatching::organizationId)
                        : needs.forMatching(need.id()).map(NeedForMatching::organizationId))
                .orElseThrow(() ->
                        new InvalidInputException(startup ? "opportunity" : "need", "introduction.other-unavailable"));
        refuseTakenPair(need.id().value(), opportunity.id().value());
        Introduction introduction = new Introduction(
                need.id().value(),
                opportunity.id().value(),
                need.content().title(),
                opportunity.content().title(),
                member.type(),
                member.id().value(),
                member.name(),
                startup ? need.content().anonymous() : opportunity.content().anonymous(),
                recipient.value(),
                organizationName(recipient),
                startup ? opportunity.content().anonymous() : need.content().anonymous(),
                currentUser.require().email(),
                text,
                scoreForProgram(need.id(), opportunity.id()),
                clock.instant());
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
            Instant now = clock.instant();
            found.approve(currentUser.require().email(), text, now, now.plus(settings.responsePeriod()));
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
        step(
                id,
                expectedVersion,
                IntroductionAction.ASK_FOR_INFORMATION,
                found -> found.askForInformation(text, currentUser.require().email(), clock.instant()));
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
        return introductions.findById(id.value()).flatMap(found -> Disclosure.party(found, viewer())
                .map(party -> disclosure.details(found, party)));
    }

    /** The signed-in member's organization's requests, sent and received, latest change first. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    @Transactional(readOnly = true)
    public List<IntroductionSummary> mine() {
        UUID organization = member().id().value();
        return introductions.involving(organization, PageRequest.of(0, LIST_MAX)).stream()
                .map(found -> Disclosure.summary(
                        found, organization.equals(found.requesterOrg()) ? Party.REQUESTER : Party.RECIPIENT))
                .toList();
    }

    /** The program's view of one state, oldest first: the review queue is {@code PENDING_REVIEW}. */
    @RolesAllowed(Roles.PROGRAM_MANAGER)
    @Transactional(readOnly = true)
    public List<IntroductionSummary> forProgram(IntroductionStatus status, int limit) {
        return introductions
                .findByStatusOrderByCreatedAtAsc(status, PageRequest.of(0, Math.max(1, Math.min(limit, LIST_MAX))))
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
        for (Object[] row : introductions.countByStatus()) {
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
        Optional<Party> party = introduction == null ? Optional.empty() : Disclosure.party(introduction, viewer());
        if (party.isEmpty()) {
            throw new IllegalTransitionException("introduction.unknown", "no introduction " + id + " for the caller");
        }
        introduction.check(party.get(), action);
        if (introduction.version() != expectedVersion) {
            throw new IllegalTransitionException(
                    "introduction.changed-meanwhile",
                    "introduction " + id + " is at version " + introduction.version() + ", not " + expectedVersion);
        }
        return change(introduction, changeOf(action), move);
    }

    /**
     * Every change, the same way: notes the state before, lets the introduction change (it refuses
     * what its state does not allow), saves, and publishes the past-tense event inside this
     * transaction (the audit records it now, notices go out after commit).
     */
    private Introduction change(Introduction introduction, Change change, Consumer<Introduction> move) {
        String before = stateOf(introduction, change);
        move.accept(introduction);
        save(introduction);
        publish(introduction, change, before);
        return introduction;
    }

    private void publish(Introduction introduction, Change change, String before) {
        boolean declined = change == Change.DECLINED_BY_PROGRAM || change == Change.DECLINED_BY_RECIPIENT;
        events.publishEvent(new IntroductionChanged(
                new IntroductionId(introduction.id()),
                new NeedId(introduction.needId()),
                new OpportunityId(introduction.opportunityId()),
                change,
                before,
                stateOf(introduction, change),
                declined ? introduction.declineReason().code() : null,
                noteOf(introduction, change),
                Disclosure.party(introduction, viewer()).orElse(null),
                introduction.version()));
    }

    private void decline(IntroductionId id, long expectedVersion, IntroductionAction action, StepInput.Decline input) {
        IntroductionStatus declined = action == IntroductionAction.DECLINE_AS_PROGRAM
                ? IntroductionStatus.DECLINED_BY_PROGRAM
                : IntroductionStatus.DECLINED_BY_RECIPIENT;
        Introduction introduction = step(
                id,
                expectedVersion,
                action,
                found -> found.decline(
                        declined,
                        input.reason(),
                        input.note(),
                        currentUser.require().email(),
                        clock.instant()));
        // the side that asked is not offered this pair again
        runAsSystem(() -> matching.pairDeclined(
                new NeedId(introduction.needId()),
                new OpportunityId(introduction.opportunityId()),
                introduction.requesterType()));
    }

    private static Change changeOf(IntroductionAction action) {
        return switch (action) {
            case RESUBMIT -> Change.RESUBMITTED;
            case WITHDRAW -> Change.WITHDRAWN;
            case APPROVE -> Change.APPROVED;
            case DECLINE_AS_PROGRAM -> Change.DECLINED_BY_PROGRAM;
            case ASK_FOR_INFORMATION -> Change.INFORMATION_REQUESTED;
            case ACCEPT -> Change.ACCEPTED;
            case DECLINE_AS_RECIPIENT -> Change.DECLINED_BY_RECIPIENT;
            case RECORD_OUTCOME -> Change.OUTCOME_RECORDED;
        };
    }

    /** The event's before and after: the states, or for an outcome the outcomes. */
    private static String stateOf(Introduction introduction, Change change) {
        if (change != Change.OUTCOME_RECORDED) {
            return introduction.status().name();
        }
        return introduction.outcome() == null
                ? IntroductionStatus.INTRODUCED.name()
                : introduction.outcome().name();
    }

    /** The note the step took: the program's approval note or question, the decline's or the outcome's. */
    private static String noteOf(Introduction introduction, Change change) {
        return switch (change) {
            case APPROVED -> introduction.programNote();
            case INFORMATION_REQUESTED -> introduction.infoRequest();
            case DECLINED_BY_PROGRAM, DECLINED_BY_RECIPIENT -> introduction.declineNote();
            case OUTCOME_RECORDED -> introduction.outcomeNote();
            default -> null;
        };
    }

    /**
     * Writes the change now, so that of two people deciding the same request at once exactly one
     * wins: the other's update finds the version moved on and is refused with a message.
     */
    private void save(Introduction introduction) {
        try {
            introductions.saveAndFlush(introduction);
        } catch (OptimisticLockingFailureException lost) {
            throw new IllegalTransitionException("introduction.changed-meanwhile", lost.getMessage());
        }
    }

    // --- who the caller is ---------------------------------------------------------------------

    /** The caller as {@link Disclosure} sees them; a member's organization is looked up only when needed. */
    private Viewer viewer() {
        var user = currentUser.get();
        if (user.isEmpty()) {
            return Viewer.NOBODY;
        }
        if (user.get().hasRole(Roles.PROGRAM_MANAGER)) {
            return Viewer.PROGRAM;
        }
        if (!user.get().hasRole(Roles.STARTUP) && !user.get().hasRole(Roles.PROVIDER)) {
            return Viewer.NOBODY;
        }
        return organizations
                .currentMembership()
                .map(member -> Viewer.memberOf(member.id().value()))
                .orElse(Viewer.NOBODY);
    }

    private IntroductionDetails.Contacts contacts(UUID organizationId) {
        OrganizationProfile profile = runAsSystem(() -> organizations.organization(new OrganizationId(organizationId)))
                .orElseThrow();
        List<ContactPersonData> persons = profile.contacts() == null ? List.of() : List.copyOf(profile.contacts());
        return new IntroductionDetails.Contacts(profile.name(), profile.type(), persons);
    }

    // --- checks on the request ------------------------------------------------------------------

    private MemberOf member() {
        return organizations
                .currentMembership()
                .orElseThrow(() -> new IllegalTransitionException("introduction.no-organization", "no membership"));
    }

    private MemberOf verifiedMember() {
        MemberOf member = member();
        if (!member.verified()) {
            throw new IllegalTransitionException("introduction.not-verified", "organization not verified");
        }
        return member;
    }

    private NeedDetails ownNeed(NeedId id) {
        return needs.find(id)
                .filter(NeedDetails::mine)
                .filter(need -> need.status() == PostingStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("need", "introduction.own-posting-required"));
    }

    private OpportunityDetails ownOpportunity(OpportunityId id) {
        return opportunities
                .find(id)
                .filter(OpportunityDetails::mine)
                .filter(opportunity -> opportunity.status() == PostingStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("opportunity", "introduction.own-posting-required"));
    }

    private OpportunityDetails otherOpportunity(OpportunityId id) {
        return opportunities
                .find(id)
                .filter(opportunity -> !opportunity.mine())
                .filter(OpportunityDetails::offered)
                .orElseThrow(() -> new InvalidInputException("opportunity", "introduction.other-unavailable"));
    }

    private NeedDetails otherNeed(NeedId id) {
        return needs.find(id)
                .filter(need -> !need.mine())
                .filter(need -> need.status() == PostingStatus.PUBLISHED)
                .orElseThrow(() -> new InvalidInputException("need", "introduction.other-unavailable"));
    }

    private void refuseTakenPair(UUID needId, UUID opportunityId) {
        Optional<Introduction> existing = introductions.findByOpenPair(Introduction.pairKey(needId, opportunityId));
        if (existing.isPresent()) {
            throw new IllegalTransitionException(
                    existing.get().status() == IntroductionStatus.INTRODUCED
                            ? "introduction.pair-introduced"
                            : "introduction.pair-taken",
                    "pair taken by " + existing.get().id());
        }
    }

    private boolean taken(UUID needId, UUID opportunityId) {
        return introductions
                .findByOpenPair(Introduction.pairKey(needId, opportunityId))
                .isPresent();
    }

    private double score(NeedId needId, OpportunityId opportunityId) {
        return matching.match(needId, opportunityId).map(MatchDetail::score).orElse(0.0);
    }

    /** The pair's score as the program sees it, kept with the request: does a high score convert? */
    private Double scoreForProgram(NeedId needId, OpportunityId opportunityId) {
        return runAsSystem(() -> matching.pairScore(needId, opportunityId)).orElse(null);
    }

    private String organizationName(OrganizationId id) {
        return runAsSystem(() -> organizations.organization(id))
                .map(OrganizationProfile::name)
                .orElseThrow();
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
