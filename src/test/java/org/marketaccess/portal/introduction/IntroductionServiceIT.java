package org.marketaccess.portal.introduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.introduction.internal.IntroductionSweep;
import org.marketaccess.portal.matching.MatchingService;
import org.marketaccess.portal.matching.ResultCard;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.opportunity.OpportunityId;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The introduction workflow through its service: every step, who may take it, what each side sees,
 * and that a refused step changes neither the request nor the audit trail.
 */
@IntegrationTest
class IntroductionServiceIT {

    static final String PM = TestData.DEMO_PROGRAM_MANAGER;

    @Autowired
    IntroductionService introductions;

    @Autowired
    NeedService needs;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    MatchingService matching;

    @Autowired
    IntroductionSweep sweep;

    @Autowired
    Members members;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

    String word;
    String startup;
    String provider;
    NeedId need;
    OpportunityId opportunity;

    @BeforeEach
    void twoVerifiedOrganizationsWithPublishedPostings() {
        word = TestData.unique("w").replace("-", "");
        startup = members.member(OrganizationType.STARTUP, true);
        provider = members.member(OrganizationType.PROVIDER, true);
        need = publishNeed(startup, "COPD home monitoring " + word, true);
        opportunity = publishOpportunity(provider, "COPD readmissions pilot " + word, true);
    }

    @Test
    void contactsAreDisclosedToEachSideOnlyOnceTheRecipientAccepts() {
        IntroductionId id = request(startup, need, opportunity);
        assertThat(details(startup, id).contacts()).isEmpty();
        assertThat(details(startup, id).recipientName())
                .as("anonymous opportunity")
                .isNull();
        assertThat(as(provider, () -> introductions.details(id)))
                .as("the recipient sees nothing before the program approves")
                .isEmpty();
        assertThat(as(provider, () -> introductions.mine())).isEmpty();

        approve(id);
        IntroductionDetails asked = details(provider, id);
        assertThat(asked.status()).isEqualTo(IntroductionStatus.AWAITING_RESPONSE);
        assertThat(asked.contacts()).isEmpty();
        assertThat(asked.requesterName()).as("anonymous need").isNull();
        assertThat(asked.requestedBy())
                .as("no e-mail of the requester before the introduction")
                .isNull();
        assertThat(asked.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(13)));
        assertThat(details(startup, id).contacts()).isEmpty();
        assertThat(asked.actions())
                .containsExactlyInAnyOrder(IntroductionAction.ACCEPT, IntroductionAction.DECLINE_AS_RECIPIENT);

        as(provider, () -> introductions.accept(id, version(provider, id)));
        IntroductionDetails requesterView = details(startup, id);
        IntroductionDetails recipientView = details(provider, id);
        assertThat(requesterView.status()).isEqualTo(IntroductionStatus.INTRODUCED);
        assertThat(emails(requesterView)).containsExactly(contactOf(provider));
        assertThat(emails(recipientView)).containsExactly(contactOf(startup));
        assertThat(requesterView.recipientName()).isNotNull();
        assertThat(recipientView.requesterName()).isNotNull();
        assertThat(emails(details(PM, id))).containsExactlyInAnyOrder(contactOf(startup), contactOf(provider));

        assertThat(audit(id))
                .containsExactly(
                        "INTRODUCTION_REQUESTED null>PENDING_REVIEW by " + startup,
                        "INTRODUCTION_APPROVED PENDING_REVIEW>AWAITING_RESPONSE by " + PM,
                        "INTRODUCTION_ACCEPTED AWAITING_RESPONSE>INTRODUCED by " + provider);
    }

    @Test
    void aProviderMayAskTooAndTheStartupAnswers() {
        IntroductionId id = request(provider, need, opportunity);
        assertThat(details(provider, id).requesterType()).isEqualTo(OrganizationType.PROVIDER);
        approve(id);
        assertThat(as(startup, () -> introductions.mine())).singleElement().satisfies(row -> assertThat(row.party())
                .isEqualTo(Party.RECIPIENT));
        as(startup, () -> introductions.declineAsRecipient(id, DeclineReason.NO_CAPACITY, null, version(startup, id)));
        IntroductionDetails declined = details(provider, id);
        assertThat(declined.status()).isEqualTo(IntroductionStatus.DECLINED_BY_RECIPIENT);
        assertThat(declined.declineReason()).isEqualTo(DeclineReason.NO_CAPACITY);
    }

    @Test
    void aSecondRequestOfTheSameSideForTheSamePairIsRefused() {
        IntroductionId first = request(startup, need, opportunity);
        long rows = introductionRows();
        assertRefused(() -> request(startup, need, opportunity), "introduction.pair-taken");
        assertThat(introductionRows()).isEqualTo(rows);

        as(startup, () -> introductions.withdraw(first, version(startup, first)));
        assertThat(as(provider, () -> introductions.mine()))
                .as("a request withdrawn before the program approved it never reached the recipient")
                .isEmpty();
        IntroductionId second = request(startup, need, opportunity);
        assertThat(second).as("a withdrawn request frees the pair").isNotEqualTo(first);
    }

    @Test
    void theRecipientLearnsNothingOfARequestTheProgramHasNotApproved() {
        // issue 14's probe: the provider saw the pair "already requested", and asking was refused
        OpportunityId fresh = publishOpportunity(provider, "COPD discharge pilot " + word, false);
        IntroductionId startupsRequest = request(startup, need, opportunity);

        RequestOptions options = as(provider, () -> introductions.requestOptions(need, null));
        assertThat(options.mine())
                .extracting(RequestOptions.Choice::postingId, RequestOptions.Choice::taken)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(opportunity.toString(), false),
                        org.assertj.core.groups.Tuple.tuple(fresh.toString(), false));

        // asking for the same pair answers exactly as asking for a fresh one
        IntroductionId same = request(provider, need, opportunity);
        IntroductionId other = request(provider, need, fresh);
        IntroductionDetails sameSeen = details(provider, same);
        IntroductionDetails otherSeen = details(provider, other);
        assertThat(sameSeen.party()).isEqualTo(otherSeen.party()).isEqualTo(Party.REQUESTER);
        assertThat(sameSeen.status()).isEqualTo(otherSeen.status()).isEqualTo(IntroductionStatus.PENDING_REVIEW);
        assertThat(sameSeen.actions()).isEqualTo(otherSeen.actions());
        assertThat(as(provider, () -> introductions.mine()))
                .extracting(IntroductionSummary::id)
                .containsExactlyInAnyOrder(same, other);
        assertThat(as(provider, () -> introductions.details(startupsRequest))).isEmpty();
        assertThat(as(startup, () -> introductions.details(same)))
                .as("nor does the startup learn of the provider's")
                .isEmpty();

        // the program sees both sides' requests for the pair; once it approves one, only that one goes on
        assertThat(as(PM, () -> introductions.forProgram(IntroductionStatus.PENDING_REVIEW, 200)))
                .extracting(IntroductionSummary::id)
                .contains(startupsRequest, same);
        approve(startupsRequest);
        assertThat(details(provider, startupsRequest).party()).isEqualTo(Party.RECIPIENT);
        assertThat(as(provider, () -> introductions.requestOptions(need, null)).mine())
                .filteredOn(choice -> choice.postingId().equals(opportunity.toString()))
                .singleElement()
                .satisfies(choice -> assertThat(choice.taken())
                        .as("now the provider was asked")
                        .isTrue());
        assertUnchanged(same, () -> approve(same), "introduction.pair-approved-elsewhere");
        assertRefused(() -> request(startup, need, opportunity), "introduction.pair-taken");

        as(provider, () -> introductions.accept(startupsRequest, version(provider, startupsRequest)));
        assertThat(details(startup, startupsRequest).status()).isEqualTo(IntroductionStatus.INTRODUCED);
        assertRefused(() -> request(startup, need, opportunity), "introduction.pair-introduced");
        as(provider, () -> introductions.withdraw(same, version(provider, same)));
        assertRefused(() -> request(provider, need, opportunity), "introduction.pair-introduced");
    }

    @Test
    void theProgramAsksForInformationAndTheRequesterResubmits() {
        IntroductionId id = request(startup, need, opportunity);
        as(PM, () -> introductions.askForInformation(id, "Which hospitals use it today?", version(PM, id)));
        IntroductionDetails asked = details(startup, id);
        assertThat(asked.status()).isEqualTo(IntroductionStatus.NEEDS_INFO);
        assertThat(asked.informationRequest()).isEqualTo("Which hospitals use it today?");
        assertThat(asked.actions()).contains(IntroductionAction.RESUBMIT, IntroductionAction.WITHDRAW);
        assertRefused(() -> approve(id), "introduction.refused.needs_info");

        as(startup, () -> introductions.resubmit(id, "Two Boston hospitals since 2025.", asked.version()));
        assertThat(details(PM, id).status()).isEqualTo(IntroductionStatus.PENDING_REVIEW);
        assertThat(details(PM, id).message()).isEqualTo("Two Boston hospitals since 2025.");
        assertThat(audit(id))
                .contains(
                        "INTRODUCTION_INFORMATION_REQUESTED PENDING_REVIEW>NEEDS_INFO by " + PM,
                        "INTRODUCTION_RESUBMITTED NEEDS_INFO>PENDING_REVIEW by " + startup);
    }

    @Test
    void theProgramMayDeclineARequestWhoseRequesterNeverAnswered() {
        IntroductionId id = request(startup, need, opportunity);
        as(PM, () -> introductions.askForInformation(id, "Which sites?", version(PM, id)));
        as(PM, () -> introductions.declineAsProgram(id, DeclineReason.OTHER, "No answer in a month", version(PM, id)));
        IntroductionDetails declined = details(startup, id);
        assertThat(declined.status()).isEqualTo(IntroductionStatus.DECLINED_BY_PROGRAM);
        assertThat(declined.declineNote()).isEqualTo("No answer in a month");
        assertThat(declined.actions()).isEmpty();
        assertThat(audit(id))
                .last()
                .isEqualTo("INTRODUCTION_DECLINED_BY_PROGRAM NEEDS_INFO>DECLINED_BY_PROGRAM by " + PM);
    }

    @Test
    void illegalStepsAreRefusedWithAMessageAndChangeNothing() {
        String stranger = members.member(OrganizationType.STARTUP, true);
        String otherProvider = members.member(OrganizationType.PROVIDER, true);

        // approve twice
        IntroductionId approved = request(startup, need, opportunity);
        approve(approved);
        long version = version(PM, approved);
        assertUnchanged(approved, () -> approve(approved), "introduction.refused.awaiting_response");
        // the requester answering its own request, a stranger acting on it
        assertUnchanged(
                approved,
                () -> as(startup, () -> introductions.accept(approved, version)),
                "introduction.refused.not-your-step");
        assertUnchanged(
                approved, () -> as(stranger, () -> introductions.withdraw(approved, version)), "introduction.unknown");
        assertUnchanged(
                approved,
                () -> as(otherProvider, () -> introductions.accept(approved, version)),
                "introduction.unknown");
        assertThat(as(stranger, () -> introductions.details(approved))).isEmpty();
        // a step on what the caller saw before someone else acted
        assertUnchanged(
                approved,
                () -> as(provider, () -> introductions.accept(approved, version - 1)),
                "introduction.changed-meanwhile");

        // withdraw after the introduction
        as(provider, () -> introductions.accept(approved, version));
        assertUnchanged(
                approved,
                () -> as(startup, () -> introductions.withdraw(approved, version(startup, approved))),
                "introduction.refused.introduced");

        // accept a declined request
        NeedId otherNeed = publishNeed(startup, "Second need " + word, false);
        IntroductionId declined = request(startup, otherNeed, opportunity);
        as(
                PM,
                () -> introductions.declineAsProgram(
                        declined, DeclineReason.TOO_EARLY, "Come back after CE", version(PM, declined)));
        assertUnchanged(
                declined,
                () -> as(provider, () -> introductions.accept(declined, version(PM, declined))),
                "introduction.unknown");
        assertUnchanged(declined, () -> approve(declined), "introduction.refused.declined_by_program");
        assertUnchanged(
                declined,
                () -> as(startup, () -> introductions.withdraw(declined, version(startup, declined))),
                "introduction.refused.declined_by_program");

        // roles the method does not admit at all
        assertThatThrownBy(() -> as(startup, () -> introductions.approve(declined, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(TestData.DEMO_ADMIN, () -> introductions.details(declined)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRecipientDeclineIsFinalAndCannotBeAcceptedLater() {
        IntroductionId id = request(startup, need, opportunity);
        approve(id);
        as(
                provider,
                () -> introductions.declineAsRecipient(
                        id, DeclineReason.OTHER, "Budget frozen", version(provider, id)));
        assertUnchanged(
                id,
                () -> as(provider, () -> introductions.accept(id, version(provider, id))),
                "introduction.refused.declined_by_recipient");
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long rows = introductionRows();
        assertInvalid(() -> request(startup, need, opportunity, " "), "introduction.message.required");
        assertInvalid(() -> request(startup, need, opportunity, "x".repeat(2_001)), "introduction.message.size");
        assertInvalid(() -> request(startup, need, null, "Hello"), "introduction.other-unavailable");
        NeedId draft = as(startup, () -> needs.create(Postings.need("Draft " + word)));
        assertInvalid(() -> request(startup, draft, opportunity, "Hello"), "introduction.own-posting-required");
        String unverified = members.member(OrganizationType.STARTUP, false);
        assertRefused(() -> request(unverified, need, opportunity), "introduction.not-verified");
        assertThat(introductionRows()).isEqualTo(rows);

        IntroductionId id = request(startup, need, opportunity);
        assertInvalid(
                () -> as(PM, () -> introductions.declineAsProgram(id, null, null, version(PM, id))),
                "introduction.reason.required");
        assertInvalid(
                () -> as(PM, () -> introductions.declineAsProgram(id, DeclineReason.OTHER, " ", version(PM, id))),
                "introduction.note.required-for-other");
        assertInvalid(
                () -> as(PM, () -> introductions.askForInformation(id, "", version(PM, id))),
                "introduction.question.required");
        assertThat(details(PM, id).status()).isEqualTo(IntroductionStatus.PENDING_REVIEW);
        assertThat(audit(id)).hasSize(1);
    }

    @Test
    void outcomesAreRecordedInOrderByEitherPartyOrTheProgram() {
        IntroductionId id = introduced();
        as(startup, () -> introductions.recordOutcome(id, Outcome.MEETING_HELD, "Met on site", version(startup, id)));
        as(provider, () -> introductions.recordOutcome(id, Outcome.PILOT_AGREED, null, version(provider, id)));
        assertRefused(
                () -> as(PM, () -> introductions.recordOutcome(id, Outcome.MEETING_HELD, null, version(PM, id))),
                "introduction.outcome.out-of-order");
        as(PM, () -> introductions.recordOutcome(id, Outcome.CONTRACT_SIGNED, null, version(PM, id)));
        assertRefused(
                () -> as(
                        startup,
                        () -> introductions.recordOutcome(id, Outcome.CLOSED_NO_FIT, null, version(startup, id))),
                "introduction.refused.introduced");
        assertThat(details(startup, id).outcome()).isEqualTo(Outcome.CONTRACT_SIGNED);
        assertThat(audit(id))
                .endsWith(
                        "INTRODUCTION_OUTCOME_RECORDED INTRODUCED>MEETING_HELD by " + startup,
                        "INTRODUCTION_OUTCOME_RECORDED MEETING_HELD>PILOT_AGREED by " + provider,
                        "INTRODUCTION_OUTCOME_RECORDED PILOT_AGREED>CONTRACT_SIGNED by " + PM);
    }

    @Test
    void anUnansweredRequestIsRemindedOnceAndThenExpires() {
        IntroductionId id = request(startup, need, opportunity);
        approve(id);
        setExpiry(id, Instant.now().plus(Duration.ofDays(2)));
        sweep.sweep();
        sweep.sweep();
        assertThat(audit(id)).containsOnlyOnce("INTRODUCTION_REMINDED AWAITING_RESPONSE>AWAITING_RESPONSE by system");
        assertThat(details(provider, id).status()).isEqualTo(IntroductionStatus.AWAITING_RESPONSE);

        setExpiry(id, Instant.now().minusSeconds(1));
        sweep.sweep();
        assertThat(details(startup, id).status()).isEqualTo(IntroductionStatus.EXPIRED);
        assertThat(audit(id)).last().isEqualTo("INTRODUCTION_EXPIRED AWAITING_RESPONSE>EXPIRED by system");
        assertRefused(
                () -> as(provider, () -> introductions.accept(id, version(provider, id))),
                "introduction.refused.expired");
        assertThat(request(startup, need, opportunity))
                .as("the pair is free again")
                .isNotEqualTo(id);
    }

    @Test
    void aDeclinedPairIsNotSuggestedAgainToTheRequesterAndReasonsAreCounted() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> opportunityIds(as(startup, () -> matching.opportunitiesForNeed(need, 50)))
                        .contains(opportunity.toString()));
        Map<DeclineReason, Long> before = counts();
        IntroductionId id = request(startup, need, opportunity);
        approve(id);
        as(
                provider,
                () -> introductions.declineAsRecipient(
                        id, DeclineReason.MISSING_INTEGRATION, null, version(provider, id)));

        assertThat(opportunityIds(as(startup, () -> matching.opportunitiesForNeed(need, 50))))
                .doesNotContain(opportunity.toString());
        assertThat(opportunityIds(as(provider, () -> matching.needsForOpportunity(opportunity, 50))))
                .as("only the side that asked stops seeing it")
                .contains(need.toString());
        assertThat(opportunityIds(as(PM, () -> matching.opportunitiesForNeed(need, 50))))
                .as("the program still sees every pair")
                .contains(opportunity.toString());
        assertThat(counts().get(DeclineReason.MISSING_INTEGRATION))
                .isEqualTo(before.get(DeclineReason.MISSING_INTEGRATION) + 1);
    }

    // --- helpers --------------------------------------------------------------------------------

    IntroductionId introduced() {
        IntroductionId id = request(startup, need, opportunity);
        approve(id);
        as(provider, () -> introductions.accept(id, version(provider, id)));
        return id;
    }

    @Test
    void anApprovalNoteIsKeptShownToBothSidesAndAudited() {
        IntroductionId id = request(startup, need, opportunity);
        as(PM, () -> introductions.approve(id, "  Both teams met at our demo day.  ", version(PM, id)));

        assertThat(details(startup, id).programNote()).isEqualTo("Both teams met at our demo day.");
        assertThat(details(provider, id).programNote()).isEqualTo("Both teams met at our demo day.");
        assertThat(jdbc.queryForObject(
                        "select details from audit_event where action = 'INTRODUCTION_APPROVED' and subject_id = ?",
                        String.class,
                        id.toString()))
                .as("the trail names the cluster the decision was taken for (decision 028)")
                .isEqualTo("cluster massachusetts: Both teams met at our demo day.");
    }

    IntroductionId request(String who, NeedId needId, OpportunityId opportunityId) {
        return request(who, needId, opportunityId, "We would like to meet: " + word);
    }

    IntroductionId request(String who, NeedId needId, OpportunityId opportunityId, String message) {
        return as(who, () -> introductions.request(needId, opportunityId, message));
    }

    void approve(IntroductionId id) {
        as(PM, () -> introductions.approve(id, version(PM, id)));
    }

    IntroductionDetails details(String who, IntroductionId id) {
        return as(who, () -> introductions.details(id)).orElseThrow();
    }

    long version(String who, IntroductionId id) {
        return details(who, id).version();
    }

    <T> T as(String who, java.util.function.Supplier<T> work) {
        return actAs.user(who, work);
    }

    void as(String who, Runnable work) {
        actAs.user(who, work);
    }

    NeedId publishNeed(String who, String title, boolean anonymous) {
        return as(who, () -> {
            NeedId id = needs.create(
                    Postings.need(title, "Home monitoring of COPD patients with nurse triage. " + word, anonymous));
            needs.publish(id, needs.find(id).orElseThrow().version());
            return id;
        });
    }

    OpportunityId publishOpportunity(String who, String title, boolean anonymous) {
        return as(who, () -> {
            OpportunityId id = opportunities.create(Postings.opportunity(title, null, anonymous));
            opportunities.publish(id, opportunities.find(id).orElseThrow().version());
            return id;
        });
    }

    static List<String> emails(IntroductionDetails details) {
        return details.contacts().stream()
                .flatMap(side -> side.persons().stream())
                .map(ContactPersonData::email)
                .toList();
    }

    /** The contact person {@code TestData.registration} gives the member's organization. */
    static String contactOf(String memberEmail) {
        return "contact-" + memberEmail.substring(0, memberEmail.indexOf('@')) + "@example.org";
    }

    static List<String> opportunityIds(List<ResultCard> cards) {
        return cards.stream().map(ResultCard::id).toList();
    }

    Map<DeclineReason, Long> counts() {
        Map<DeclineReason, Long> counts = new java.util.EnumMap<>(DeclineReason.class);
        as(PM, () -> introductions.declineReasonCounts())
                .forEach(row -> counts.put(row.reason(), row.byProgram() + row.byRecipient()));
        return counts;
    }

    List<String> audit(IntroductionId id) {
        return jdbc.query(
                // members act as account:<id> (decision 023); read them by e-mail as the trail shows them
                "select e.action, e.before_state, e.after_state, coalesce(a.email, e.actor) from audit_event e"
                        + " left join account a on e.actor = concat('account:', cast(a.id as varchar(36)))"
                        + " where e.subject_type = 'INTRODUCTION' and e.subject_id = ? order by e.id",
                (row, n) ->
                        row.getString(1) + " " + row.getString(2) + ">" + row.getString(3) + " by " + row.getString(4),
                id.toString());
    }

    Map<String, Object> row(IntroductionId id) {
        return jdbc.queryForMap("select * from introduction where id = ?", id.value());
    }

    long introductionRows() {
        return jdbc.queryForObject("select count(*) from introduction", Long.class);
    }

    void setExpiry(IntroductionId id, Instant at) {
        jdbc.update("update introduction set expires_at = ? where id = ?", Timestamp.from(at), id.value());
    }

    /** Refused with the message, and neither the request nor its audit trail changed. */
    void assertUnchanged(IntroductionId id, ThrowingCallable step, String messageKey) {
        Map<String, Object> before = row(id);
        List<String> trail = audit(id);
        assertRefused(step, messageKey);
        assertThat(row(id)).isEqualTo(before);
        assertThat(audit(id)).isEqualTo(trail);
    }

    static void assertRefused(ThrowingCallable step, String messageKey) {
        assertThatThrownBy(step)
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(thrown -> ((IllegalTransitionException) thrown).messageKey())
                .isEqualTo(messageKey);
    }

    static void assertInvalid(ThrowingCallable step, String messageKey) {
        assertThatThrownBy(step)
                .isInstanceOf(InvalidInputException.class)
                .extracting(thrown -> ((InvalidInputException) thrown)
                        .fieldErrors()
                        .values()
                        .iterator()
                        .next())
                .isEqualTo(messageKey);
    }
}
