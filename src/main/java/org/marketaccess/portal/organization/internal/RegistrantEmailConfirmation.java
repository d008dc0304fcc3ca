package org.marketaccess.portal.organization.internal;

import org.marketaccess.portal.identity.IdentityEvents.EmailVerified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the person who registered an organization confirms their address, the organization reaches
 * the program's queue, in the same transaction as the confirmation.
 */
@Component
class RegistrantEmailConfirmation {

    private final MembershipRepository memberships;
    private final OrganizationRepository organizations;

    RegistrantEmailConfirmation(MembershipRepository memberships, OrganizationRepository organizations) {
        this.memberships = memberships;
        this.organizations = organizations;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EmailVerified event) {
        memberships
                .findByAccountId(event.accountId().value())
                .flatMap(membership -> organizations.findById(membership.organizationId()))
                .ifPresent(Organization::confirmEmail);
    }
}
