package org.marketaccess.portal.organization;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.PasswordPolicy;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRegistered;
import org.marketaccess.portal.organization.internal.Membership;
import org.marketaccess.portal.organization.internal.MembershipRepository;
import org.marketaccess.portal.organization.internal.Organization;
import org.marketaccess.portal.organization.internal.OrganizationRepository;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.Violations;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anyone may sign up with a new organization, which then waits for the person to confirm their
 * e-mail address and then for the program's verification. Everything is checked before anything is
 * written; the account, the organization, its contact and the membership are created in one
 * transaction. The answer never tells whether an address has an account (docs/decisions/021).
 */
@Service
@PermitAll
@Transactional
public class RegistrationService {

    private final AccountService accountService;
    private final TaxonomyService taxonomy;
    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterService clusters;

    RegistrationService(
            ClusterService clusters,
            AccountService accountService,
            TaxonomyService taxonomy,
            OrganizationRepository organizations,
            MembershipRepository memberships,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clusters = clusters;
        this.accountService = accountService;
        this.taxonomy = taxonomy;
        this.organizations = organizations;
        this.memberships = memberships;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The public registration form. For an address that has an account, nothing is created and its
     * owner is mailed instead; the caller cannot tell the two apart. Problems of the other fields are
     * refused as usual.
     */
    public void signUp(Registration input) {
        Registration registration = input.stripped();
        refuseProblems(registration);
        accountService.signUp(account(registration)).ifPresent(accountId -> create(registration, accountId, false));
    }

    /**
     * The program registers an organization for someone (the demo data, tests): the address counts
     * as verified, and one that has an account is refused.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public OrganizationId register(Registration input) {
        Registration registration = input.stripped();
        refuseProblems(registration);
        if (accountService.isEmailRegistered(registration.email())) {
            throw new InvalidInputException("email", "account.email.taken");
        }
        return new OrganizationId(create(registration, accountService.registerMember(account(registration)), true)
                .id());
    }

    private void refuseProblems(Registration registration) {
        Map<String, String> errors = problems(registration);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static NewAccount account(Registration registration) {
        return new NewAccount(
                registration.email(),
                registration.fullName(),
                registration.password(),
                registration.type().memberRole());
    }

    private Organization create(Registration registration, AccountId accountId, boolean emailConfirmed) {
        Organization organization = new Organization(
                UUID.randomUUID(),
                registration.type(),
                registration.organizationName().strip(),
                blankToNull(registration.website()),
                registration.region(),
                registration.description().strip(),
                registration.listedInDirectory(),
                clock.instant(),
                clusterOf(registration));
        organization.addContact(new ContactPersonData(
                registration.contactName(), registration.contactEmail(), registration.contactPhone()));
        if (!emailConfirmed) {
            organization.awaitEmailConfirmation();
        }
        organizations.save(organization);
        memberships.save(new Membership(accountId.value(), organization.id()));
        OrganizationId id = new OrganizationId(organization.id());
        events.publishEvent(new OrganizationRegistered(id, accountId, registration.email(), registration.type()));
        return organization;
    }

    /**
     * Every problem of the registration, field name to translation key; empty when it is valid.
     * Whether the address has an account is not one of them: the form must not tell.
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(Registration input) {
        Registration registration = input.stripped();
        Map<String, String> errors = Violations.of(validator, registration);
        PasswordPolicy.problem(registration.password()).ifPresent(problem -> errors.putIfAbsent("password", problem));
        if (registration.region() != null
                && !registration.region().isBlank()
                && !taxonomy.isValid(TaxonomyKind.REGION, registration.region())) {
            errors.putIfAbsent("region", "organization.region.unknown");
        }
        if (registration.cluster() != null
                && !registration.cluster().isBlank()
                && !clusters.exists(registration.cluster())) {
            errors.putIfAbsent("cluster", "cluster.unknown");
        }
        return errors;
    }

    /** The cluster chosen, or by default the one of the organization's region. */
    private String clusterOf(Registration registration) {
        String chosen = registration.cluster();
        return chosen == null || chosen.isBlank() ? clusters.forRegion(registration.region()) : chosen;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
