package org.marketaccess.portal.organization;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.AccountSummary;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SignedInUser;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.organization.OrganizationEvents.MemberInvited;
import org.marketaccess.portal.organization.OrganizationEvents.MemberLeft;
import org.marketaccess.portal.organization.OrganizationEvents.MemberRemoved;
import org.marketaccess.portal.organization.internal.Invitation;
import org.marketaccess.portal.organization.internal.InvitationMail;
import org.marketaccess.portal.organization.internal.InvitationRepository;
import org.marketaccess.portal.organization.internal.InvitationTokens;
import org.marketaccess.portal.organization.internal.Membership;
import org.marketaccess.portal.organization.internal.MembershipRepository;
import org.marketaccess.portal.organization.internal.Organization;
import org.marketaccess.portal.organization.internal.OrganizationRepository;
import org.marketaccess.portal.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's colleagues: who belongs to their organization, inviting more (verified organizations
 * only), removing one, leaving. A member reaches only their own organization's members.
 */
@Service
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
@Transactional
public class ColleagueService {

    /** How long an invitation link works. */
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    /** The most invitations an organization may have open at once: mail is not for spamming. */
    public static final int MAX_OPEN_INVITATIONS = 20;

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@,;<>()\"]+@[^\\s@,;<>()\"]+\\.[^\\s@,;<>()\"]+");

    private final MembershipRepository memberships;
    private final OrganizationRepository organizations;
    private final InvitationRepository invitations;
    private final InvitationMail mail;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ColleagueService(
            MembershipRepository memberships,
            OrganizationRepository organizations,
            InvitationRepository invitations,
            InvitationMail mail,
            AccountService accounts,
            NotificationService notifications,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.memberships = memberships;
        this.organizations = organizations;
        this.invitations = invitations;
        this.mail = mail;
        this.accounts = accounts;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The members of the signed-in member's organization, themselves included, by name. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        SignedInUser me = currentUser.require();
        return memberships
                .findByAccountId(me.id().value())
                .map(mine -> memberships.findAllByOrganizationId(mine.organizationId()).stream()
                        .map(member -> colleague(new AccountId(member.accountId()), me))
                        .sorted(Comparator.comparing(Colleague::name, String.CASE_INSENSITIVE_ORDER))
                        .toList())
                .orElse(List.of());
    }

    /** The invitations of the member's organization still waiting to be used. */
    @Transactional(readOnly = true)
    public List<PendingInvitation> pendingInvitations() {
        return myOrganization()
                .map(organization -> invitations
                        .findAllByOrganizationIdAndUsedAtIsNullAndExpiresAtAfterOrderByCreatedAt(
                                organization.id(), clock.instant())
                        .stream()
                        .map(invitation -> new PendingInvitation(invitation.email(), invitation.expiresAt()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Invites a colleague by e-mail to the member's verified organization. The answer is the same
     * whether or not the address has an account; only the mail differs (decision 023). Inviting an
     * address again replaces its open invitation.
     */
    public void invite(String emailInput) {
        String email = emailInput == null ? "" : emailInput.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new InvalidInputException("email", "account.email.required");
        }
        if (email.length() > 254 || !ADDRESS.matcher(email).matches()) {
            throw new InvalidInputException("email", "account.email.invalid");
        }
        SignedInUser me = currentUser.require();
        Organization organization =
                myOrganization().orElseThrow(() -> new InvalidInputException("organization", "organization.none"));
        if (organization.status() != VerificationStatus.VERIFIED) {
            throw new InvalidInputException("email", "invitation.organization-not-verified");
        }
        Instant now = clock.instant();
        invitations.deleteAll(invitations.findAllByOrganizationIdAndEmailAndUsedAtIsNull(organization.id(), email));
        invitations.flush();
        if (invitations.countByOrganizationIdAndUsedAtIsNullAndExpiresAtAfter(organization.id(), now)
                >= MAX_OPEN_INVITATIONS) {
            throw new InvalidInputException("email", "invitation.too-many");
        }
        String token = InvitationTokens.newToken();
        Invitation invitation = invitations.save(new Invitation(
                UUID.randomUUID(),
                organization.id(),
                email,
                InvitationTokens.hash(token),
                me.id().value(),
                now,
                now.plus(INVITATION_VALIDITY)));
        boolean registered = accounts.isEmailRegistered(email);
        String inviter = me.displayName();
        // the outbox row commits with the invitation and the mail leaves after commit; mail only, since an
        // in-app copy would wait for whoever later holds the address, link included
        runAsSystem(() -> {
            if (registered) {
                notifications.mailOnly(mail.alreadyRegistered(invitation, inviter, organization.name()), null);
            } else {
                notifications.mailOnly(
                        mail.invitation(invitation, token, inviter, organization.name()), mail.link(token));
            }
        });
        events.publishEvent(new MemberInvited(new OrganizationId(organization.id()), invitation.id()));
    }

    /** Removes another member of the member's organization; oneself leaves instead. */
    public void remove(AccountId member) {
        SignedInUser me = currentUser.require();
        if (me.id().equals(member)) {
            throw new InvalidInputException("member", "colleague.remove.self");
        }
        Membership mine = memberships
                .findByAccountId(me.id().value())
                .orElseThrow(() -> new InvalidInputException("organization", "organization.none"));
        organizations.lockById(mine.organizationId());
        Membership theirs = memberships
                .findByAccountId(member.value())
                .filter(membership -> membership.organizationId().equals(mine.organizationId()))
                .orElseThrow(() -> new InvalidInputException("member", "colleague.unknown"));
        memberships.delete(theirs);
        events.publishEvent(new MemberRemoved(new OrganizationId(mine.organizationId()), member));
    }

    /** The signed-in member leaves their organization; its last member cannot. */
    public void leave() {
        SignedInUser me = currentUser.require();
        Membership mine = memberships
                .findByAccountId(me.id().value())
                .orElseThrow(() -> new InvalidInputException("organization", "organization.none"));
        organizations.lockById(mine.organizationId());
        if (memberships.findAllByOrganizationId(mine.organizationId()).size() <= 1) {
            throw new InvalidInputException("member", "colleague.leave.last");
        }
        memberships.delete(mine);
        events.publishEvent(new MemberLeft(new OrganizationId(mine.organizationId()), me.id()));
    }

    /**
     * Part of deleting the signed-in member's account (decision 023): their membership ends even when
     * they are the last member, the contact entries naming them are erased, and invitations they
     * sent forget who sent them. A last member's organization stays, out of the directory, for the
     * program to close.
     */
    public void forgetMe() {
        SignedInUser me = currentUser.require();
        invitations.forgetInviter(me.id().value());
        memberships.findByAccountId(me.id().value()).ifPresent(mine -> {
            Organization organization =
                    organizations.lockById(mine.organizationId()).orElseThrow();
            boolean last =
                    memberships.findAllByOrganizationId(mine.organizationId()).size() <= 1;
            organization.forgetPerson(me.email(), last, clock.instant());
            memberships.delete(mine);
            events.publishEvent(new MemberLeft(new OrganizationId(mine.organizationId()), me.id()));
        });
    }

    private Colleague colleague(AccountId id, SignedInUser me) {
        AccountSummary account = runAsSystem(() -> accounts.find(id)).orElseThrow();
        return new Colleague(id, account.displayName(), account.email(), id.equals(me.id()));
    }

    private java.util.Optional<Organization> myOrganization() {
        return currentUser
                .get()
                .flatMap(user -> memberships.findByAccountId(user.id().value()))
                .flatMap(membership -> organizations.findById(membership.organizationId()));
    }
}
