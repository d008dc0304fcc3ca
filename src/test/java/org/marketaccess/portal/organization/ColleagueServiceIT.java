package org.marketaccess.portal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.testing.AccountMailbox;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.DatabaseCounts;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Colleagues: invitations by e-mail, joining, removing and leaving (decision 023). */
@IntegrationTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class ColleagueServiceIT {

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

    @Autowired
    RegistrationService registrations;

    @Autowired
    OrganizationService organizations;

    @Autowired
    ColleagueService colleagues;

    @Autowired
    InvitationService invitations;

    @Autowired
    DatabaseCounts counts;

    @Autowired
    AccountMailbox mailbox;

    @Autowired
    ActAs actAs;

    @Autowired
    JdbcTemplate jdbc;

    OrganizationId organization;
    String member;

    @BeforeEach
    void aVerifiedProvider() {
        Registration registration = TestData.registration(OrganizationType.PROVIDER);
        member = registration.email();
        organization = SystemAuthentication.runAsSystem(() -> registrations.register(registration));
        organizations.verify(organization, null, 0);
    }

    @Test
    void anInvitedColleagueSetsAPasswordAndJoinsWithTheOrganizationsRole() {
        String colleague = TestData.unique("colleague") + "@example.org";
        actAs.user(member, () -> colleagues.invite(colleague.toUpperCase()));

        String token = tokenMailedTo(colleague);
        // the link lives in the mailbox alone: not in the stored mail once it has left, and no in-app
        // copy waits for whoever holds the address later
        assertThat(mailbox.storedBodiesOnceSent("invitation", colleague).getLast())
                .doesNotContain(token)
                .contains("[single-use link, not kept]");
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = ?", Long.class, colleague))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization_invitation where token_hash = ? or token_hash like ?",
                        Long.class,
                        token,
                        "%" + token + "%"))
                .as("only the hash is stored")
                .isZero();
        assertThat(invitations.open(token))
                .hasValueSatisfying(open -> assertThat(open.email()).isEqualTo(colleague));

        AccountId joined = invitations.accept(token, "Colleague Person", "a long enough passphrase");

        List<Colleague> members = actAs.user(colleague, () -> colleagues.colleagues());
        assertThat(members).extracting(Colleague::name).contains("Colleague Person");
        assertThat(members).filteredOn(Colleague::me).extracting(Colleague::id).containsExactly(joined);
        assertThat(actAs.user(
                        colleague,
                        () -> organizations.myOrganization().orElseThrow().id()))
                .isEqualTo(organization);
        assertThat(jdbc.queryForObject("select role from account where id = ?", String.class, joined.value()))
                .isEqualTo(Roles.PROVIDER);
        assertThat(counts.auditRows("ORGANIZATION_MEMBER_INVITED", organization.toString()))
                .isEqualTo(1);
        assertThat(counts.auditRows("ORGANIZATION_MEMBER_JOINED", organization.toString()))
                .isEqualTo(1);

        // single use
        Map<String, Long> before = counts.snapshot();
        assertThatThrownBy(() -> invitations.accept(token, "Someone Else", "another long passphrase"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).fieldErrors())
                        .containsEntry("token", "invitation.unusable"));
        assertThat(counts.snapshot()).isEqualTo(before);
        assertThat(invitations.open(token)).isEmpty();
    }

    @Test
    void anExpiredInvitationNoLongerWorks() {
        String colleague = TestData.unique("late") + "@example.org";
        actAs.user(member, () -> colleagues.invite(colleague));
        String token = tokenMailedTo(colleague);
        jdbc.update("update organization_invitation set expires_at = created_at where email = ?", colleague);

        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "Late Person", "a long enough passphrase"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ColleagueService.INVITATION_VALIDITY).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void invitingAnAddressThatHasAnAccountLooksTheSameToTheInviterButMailsNoLink() {
        Map<String, Long> before = counts.snapshot();
        actAs.user(member, () -> colleagues.invite(TestData.DEMO_STARTUP));

        assertThat(actAs.user(member, () -> colleagues.pendingInvitations()))
                .extracting(PendingInvitation::email)
                .containsExactly(TestData.DEMO_STARTUP);
        String body = mailBodyTo(TestData.DEMO_STARTUP);
        assertThat(body).contains("already has an account").doesNotContain("/invitation/");
        assertThat(counts.snapshot()).isNotEqualTo(before);
    }

    @Test
    void anOrganizationNotVerifiedCannotInvite() {
        Registration pending = TestData.registration(OrganizationType.STARTUP);
        SystemAuthentication.runAsSystem(() -> registrations.register(pending));
        assertThatThrownBy(() -> actAs.user(pending.email(), () -> colleagues.invite("someone@example.org")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMemberRemovesAnotherButNotThemselvesAndTheLastMemberCannotLeave() {
        String colleague = TestData.unique("second") + "@example.org";
        actAs.user(member, () -> colleagues.invite(colleague));
        AccountId second = invitations.accept(tokenMailedTo(colleague), "Second Member", "a long enough passphrase");
        AccountId first = actAs.user(member, () -> colleagues.colleagues().stream()
                .filter(Colleague::me)
                .findFirst()
                .orElseThrow()
                .id());

        assertThatThrownBy(() -> actAs.user(member, () -> colleagues.remove(first)))
                .isInstanceOf(InvalidInputException.class);
        actAs.user(member, () -> colleagues.remove(second));
        assertThat(actAs.user(colleague, () -> organizations.myOrganization())).isEmpty();
        assertThat(counts.auditRows("ORGANIZATION_MEMBER_REMOVED", organization.toString()))
                .isEqualTo(1);

        Map<String, Long> before = counts.snapshot();
        assertThatThrownBy(() -> actAs.user(member, () -> colleagues.leave()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).fieldErrors())
                        .containsEntry("member", "colleague.leave.last"));
        assertThat(counts.snapshot()).isEqualTo(before);
    }

    @Test
    void aMemberLeavesWhenOthersRemain() {
        String colleague = TestData.unique("stays") + "@example.org";
        actAs.user(member, () -> colleagues.invite(colleague));
        invitations.accept(tokenMailedTo(colleague), "Staying Member", "a long enough passphrase");

        actAs.user(member, () -> colleagues.leave());

        assertThat(actAs.user(member, () -> organizations.myOrganization())).isEmpty();
        assertThat(actAs.user(colleague, () -> colleagues.colleagues()))
                .extracting(Colleague::name)
                .containsExactly("Staying Member");
        assertThat(counts.auditRows("ORGANIZATION_MEMBER_LEFT", organization.toString()))
                .isEqualTo(1);
    }

    @Test
    void aMemberCannotRemoveSomeoneOfAnotherOrganization() {
        AccountId stranger = new AccountId(jdbc.queryForObject(
                "select id from account where email = ?", java.util.UUID.class, TestData.DEMO_STARTUP));
        assertThatThrownBy(() -> actAs.user(member, () -> colleagues.remove(stranger)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> colleagues.colleagues()).isInstanceOf(AccessDeniedException.class);
    }

    /** The newest invitation mail to the address, as received: the outbox keeps no link once it has left. */
    private String mailBodyTo(String address) {
        return mailbox.bodies("invitation", address).getLast();
    }

    private String tokenMailedTo(String address) {
        Matcher link = LINK.matcher(mailBodyTo(address));
        assertThat(link.find()).as("an invitation link").isTrue();
        return link.group(1);
    }
}
