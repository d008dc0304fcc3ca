package org.marketaccess.portal.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.cluster.ClusterService;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationProfileUpdated;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRejected;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRenameDeclined;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRenameProposed;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationRenamed;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationResubmitted;
import org.marketaccess.portal.organization.OrganizationEvents.OrganizationVerified;
import org.marketaccess.portal.organization.internal.Membership;
import org.marketaccess.portal.organization.internal.MembershipRepository;
import org.marketaccess.portal.organization.internal.Organization;
import org.marketaccess.portal.organization.internal.OrganizationRepository;
import org.marketaccess.portal.shared.ImportOutcome;
import org.marketaccess.portal.shared.Imported;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.LikePatterns;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.shared.Violations;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations for their members (their own profile) and for the program (verification). A member
 * reaches only the organization they belong to: there is no method that takes another's id.
 */
@Service
@RolesAllowed(Roles.PROGRAM_MANAGER)
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final TaxonomyService taxonomy;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClusterService clusters;

    OrganizationService(
            ClusterService clusters,
            OrganizationRepository organizations,
            MembershipRepository memberships,
            CurrentUser currentUser,
            TaxonomyService taxonomy,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clusters = clusters;
        this.organizations = organizations;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.taxonomy = taxonomy;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in member's organization. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    @Transactional(readOnly = true)
    public Optional<OrganizationProfile> myOrganization() {
        return myMembership()
                .flatMap(membership -> organizations.findById(membership.organizationId()))
                .map(Organization::toProfile);
    }

    /**
     * Changes the signed-in member's organization profile; allowed whatever the verification status,
     * so that a pending or rejected organization can complete or correct itself. A verified
     * organization's new name waits for the program's approval (decision 023).
     *
     * @throws OptimisticLockingFailureException when someone else saved the profile in between
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public OrganizationProfile updateMyProfile(ProfileUpdate update) {
        Map<String, String> errors = Violations.of(validator, update);
        if (update.region() != null
                && !update.region().isBlank()
                && !taxonomy.isValid(TaxonomyKind.REGION, update.region())) {
            errors.putIfAbsent("region", "organization.region.unknown");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Organization organization = myMembership()
                .flatMap(membership -> organizations.findById(membership.organizationId()))
                .orElseThrow(() -> new InvalidInputException("organization", "organization.none"));
        if (organization.version() != update.version()) {
            throw new OptimisticLockingFailureException("Profile " + organization.id() + " was changed meanwhile");
        }
        String publicName = organization.name();
        Organization.ProfileChange change = organization.updateProfile(
                TextRules.clean(update.name()),
                update.website() == null || update.website().isBlank()
                        ? null
                        : update.website().strip(),
                update.region(),
                TextRules.clean(update.description()),
                update.listedInDirectory(),
                update.contact(),
                clock.instant());
        OrganizationId id = new OrganizationId(organization.id());
        events.publishEvent(new OrganizationProfileUpdated(id));
        if (change.proposedName() != null) {
            events.publishEvent(new OrganizationRenameProposed(id, publicName, change.proposedName()));
        }
        if (change.resubmitted()) {
            events.publishEvent(new OrganizationResubmitted(id));
        }
        organizations.flush();
        return organization.toProfile();
    }

    @Transactional(readOnly = true)
    public Page<OrganizationSummary> organizations(VerificationStatus status, String name, Pageable pageable) {
        return organizations
                .findForProgram(status, LikePatterns.contains(name), pageable)
                .map(Organization::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<OrganizationProfile> organization(OrganizationId id) {
        return organizations.findById(id.value()).map(Organization::toProfile);
    }

    @Transactional(readOnly = true)
    public Map<VerificationStatus, Long> countByStatus() {
        Map<VerificationStatus, Long> counts = new EnumMap<>(VerificationStatus.class);
        for (VerificationStatus status : VerificationStatus.values()) {
            counts.put(status, organizations.countByStatusAndEmailConfirmedTrue(status));
        }
        return counts;
    }

    /** The organizations waiting longest for verification. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> oldestPending() {
        return organizations
                .findTop5ByStatusAndEmailConfirmedTrueOrderByCreatedAtAsc(VerificationStatus.PENDING_VERIFICATION)
                .stream()
                .map(Organization::toSummary)
                .toList();
    }

    /**
     * @param expectedVersion the version the program manager looked at; a decision on a changed
     *     organization is refused, so two managers cannot both decide
     */
    public void verify(OrganizationId id, String note, long expectedVersion) {
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("note", "verification.note.size");
        }
        TextRules.problem(note, true).ifPresent(problem -> {
            throw new InvalidInputException("note", problem);
        });
        Organization organization = load(id, expectedVersion);
        VerificationStatus before = organization.status();
        organization.verify(note == null || note.isBlank() ? null : note.strip(), clock.instant());
        events.publishEvent(
                new OrganizationVerified(id, before, organization.toProfile().statusReason()));
        organizations.flush();
    }

    /** Makes a verified organization's proposed name its public name. */
    public void approveName(OrganizationId id, long expectedVersion) {
        Organization organization = load(id, expectedVersion);
        String before = organization.approveName(clock.instant());
        events.publishEvent(new OrganizationRenamed(id, before, organization.name()));
        organizations.flush();
    }

    /** Declines a verified organization's proposed name; the reason is shown to its members. */
    public void declineName(OrganizationId id, String reason, long expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "verification.reason.required");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "verification.reason.size");
        }
        Organization organization = load(id, expectedVersion);
        String declined = organization.declineName(reason.strip(), clock.instant());
        events.publishEvent(new OrganizationRenameDeclined(id, organization.name(), declined, reason.strip()));
        organizations.flush();
    }

    public void reject(OrganizationId id, String reason, long expectedVersion) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "verification.reason.required");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "verification.reason.size");
        }
        TextRules.problem(reason, true).ifPresent(problem -> {
            throw new InvalidInputException("reason", problem);
        });
        Organization organization = load(id, expectedVersion);
        VerificationStatus before = organization.status();
        organization.reject(reason.strip(), clock.instant());
        events.publishEvent(new OrganizationRejected(id, before, reason.strip()));
        organizations.flush();
    }

    /** The signed-in member's organization, with what access rules of other features depend on. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    @Transactional(readOnly = true)
    public Optional<MemberOf> currentMembership() {
        return myMembership()
                .flatMap(membership -> organizations.findById(membership.organizationId()))
                .map(Organization::toMemberOf);
    }

    /** The accounts that belong to an organization: whom the system notifies on its behalf. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<AccountId> memberAccounts(OrganizationId id) {
        return memberships.findAllByOrganizationId(id.value()).stream()
                .map(membership -> new AccountId(membership.accountId()))
                .toList();
    }

    /** Public facts of organizations, for showing who posted what; contact persons never leave here. */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<OrganizationId, OrganizationCard> cards(Collection<OrganizationId> ids) {
        Map<OrganizationId, OrganizationCard> cards = new LinkedHashMap<>();
        organizations
                .findAllById(ids.stream().map(OrganizationId::value).distinct().toList())
                .forEach(organization -> cards.put(new OrganizationId(organization.id()), organization.toCard()));
        return cards;
    }

    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Optional<OrganizationCard> findByExternalId(String externalId) {
        return organizations.findByExternalId(externalId).map(Organization::toCard);
    }

    /**
     * Creates or updates an organization of a program's data set, matched by its external id. New
     * ones are verified by the import itself (the program vouches for its data); they appear in the
     * directory only when the data set says the organization agreed ({@code listedInDirectory}).
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    public Imported<OrganizationId> importOrganization(ImportedOrganization imported) {
        Organization organization =
                organizations.findByExternalId(imported.externalId()).orElse(null);
        if (organization == null) {
            organization = Organization.imported(
                    UUID.randomUUID(),
                    imported.externalId(),
                    imported.type(),
                    imported.name().strip(),
                    imported.website(),
                    imported.region(),
                    imported.description().strip(),
                    imported.listedInDirectory(),
                    clock.instant(),
                    imported.cluster() == null ? clusters.forRegion(imported.region()) : imported.cluster());
            if (imported.contact() != null) {
                organization.addContact(imported.contact());
            }
            organizations.save(organization);
            events.publishEvent(new OrganizationEvents.OrganizationImported(
                    new OrganizationId(organization.id()), imported.externalId(), true));
            return new Imported<>(new OrganizationId(organization.id()), ImportOutcome.CREATED);
        }
        if (organization.changedBy(imported)) {
            organization.applyImport(imported);
            events.publishEvent(new OrganizationEvents.OrganizationImported(
                    new OrganizationId(organization.id()), imported.externalId(), false));
            return new Imported<>(new OrganizationId(organization.id()), ImportOutcome.UPDATED);
        }
        return new Imported<>(new OrganizationId(organization.id()), ImportOutcome.UNCHANGED);
    }

    /** Links an account to an organization of a data set; the demo uses it for its member users. */
    @RolesAllowed(Roles.ADMIN)
    public void addMember(OrganizationId organizationId, AccountId accountId) {
        memberships.save(new Membership(accountId.value(), organizationId.value()));
    }

    private Organization load(OrganizationId id, long expectedVersion) {
        Organization organization = organizations
                .findById(id.value())
                .orElseThrow(() -> new InvalidInputException("organization", "organization.unknown"));
        if (organization.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Organization " + id + " was changed meanwhile");
        }
        return organization;
    }

    private Optional<Membership> myMembership() {
        return currentUser
                .get()
                .flatMap(user -> memberships.findByAccountId(user.id().value()));
    }
}
