package org.marketaccess.portal.organization;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.PasswordPolicy;
import org.marketaccess.portal.organization.OrganizationEvents.MemberJoined;
import org.marketaccess.portal.organization.internal.Invitation;
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
 * The invited person's side: whoever holds a working link may see what it invites to and join by
 * setting their name and password. The account, the membership and the used invitation are written
 * in one transaction; the account's role is the organization's member role.
 */
@Service
@PermitAll
@Transactional
public class InvitationService {

    private final InvitationRepository invitations;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(
            InvitationRepository invitations,
            OrganizationRepository organizations,
            MembershipRepository memberships,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** What a link invites to, when it still works; empty for a used, expired or unknown link alike. */
    @Transactional(readOnly = true)
    public Optional<OpenInvitation> open(String token) {
        Instant now = clock.instant();
        return usable(token, now).flatMap(invitation -> organizations
                .findById(invitation.organizationId())
                .map(organization -> new OpenInvitation(organization.name(), organization.type(), invitation.email())));
    }

    /**
     * Creates the invited person's account and makes them a member.
     *
     * @throws InvalidInputException on a bad name or password, or {@code token} when the link no
     *     longer works; nothing is written then
     */
    public AccountId accept(String token, String displayName, String password) {
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidInputException("name", "account.name.required");
        }
        if (displayName.strip().length() > 120) {
            throw new InvalidInputException("name", "account.name.size");
        }
        PasswordPolicy.problem(password).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        Instant now = clock.instant();
        Invitation invitation =
                usable(token, now).orElseThrow(() -> new InvalidInputException("token", "invitation.unusable"));
        Organization organization = organizations
                .findById(invitation.organizationId())
                .orElseThrow(() -> new InvalidInputException("token", "invitation.unusable"));
        invitation.use(now);
        AccountId account = accounts.registerMember(new NewAccount(
                invitation.email(),
                displayName.strip(),
                password,
                organization.type().memberRole()));
        memberships.save(new Membership(account.value(), organization.id()));
        invitations.flush();
        events.publishEvent(new MemberJoined(new OrganizationId(organization.id()), account, invitation.id()));
        return account;
    }

    private Optional<Invitation> usable(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token)).filter(found -> found.usableAt(now));
    }
}
