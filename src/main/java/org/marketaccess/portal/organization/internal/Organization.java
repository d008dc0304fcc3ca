package org.marketaccess.portal.organization.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.DirectoryEntry;
import org.marketaccess.portal.organization.ImportedOrganization;
import org.marketaccess.portal.organization.MemberOf;
import org.marketaccess.portal.organization.OrganizationCard;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationSummary;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.VerificationStatus;
import org.marketaccess.portal.shared.IllegalTransitionException;

@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private UUID id;

    private String externalId;

    @Enumerated(EnumType.STRING)
    private OrganizationType type;

    private String name;

    private String website;

    private String region;

    private String description;

    @Enumerated(EnumType.STRING)
    private VerificationStatus status;

    private String statusReason;

    private Instant statusChangedAt;

    private boolean listedInDirectory;

    private Instant createdAt;

    /**
     * False while the person who registered it has not followed the link in the verification mail:
     * the program does not see it yet (docs/decisions/021).
     */
    private boolean emailConfirmed = true;

    /** Null until persisted, so that Spring Data persists new entities with assigned ids instead of merging. */
    @Version
    private Long version;

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContactPerson> contacts = new ArrayList<>();

    protected Organization() {}

    public Organization(
            UUID id,
            OrganizationType type,
            String name,
            String website,
            String region,
            String description,
            boolean listedInDirectory,
            Instant createdAt) {
        this.id = id;
        this.type = type;
        this.name = name;
        this.website = website;
        this.region = region;
        this.description = description;
        this.listedInDirectory = listedInDirectory;
        this.status = VerificationStatus.PENDING_VERIFICATION;
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
    }

    public static Organization imported(
            UUID id,
            String externalId,
            OrganizationType type,
            String name,
            String website,
            String region,
            String description,
            boolean listed,
            Instant now) {
        Organization organization = new Organization(id, type, name, website, region, description, listed, now);
        organization.externalId = externalId;
        // verified by the program's own data: no note to show the organization (the audit trail has the import)
        organization.status = VerificationStatus.VERIFIED;
        return organization;
    }

    public boolean changedBy(ImportedOrganization imported) {
        return type != imported.type()
                || !name.equals(imported.name().strip())
                || !description.equals(imported.description().strip())
                || !region.equals(imported.region())
                || (imported.website() != null && !imported.website().equals(website));
    }

    /** Takes the data set's values; the type of an existing organization never changes. */
    public void applyImport(ImportedOrganization imported) {
        this.name = imported.name().strip();
        this.description = imported.description().strip();
        this.region = imported.region();
        if (imported.website() != null) {
            this.website = imported.website();
        }
    }

    public MemberOf toMemberOf() {
        return new MemberOf(new OrganizationId(id), type, status, name);
    }

    public OrganizationCard toCard() {
        return new OrganizationCard(new OrganizationId(id), type, name, website, region);
    }

    public OrganizationType type() {
        return type;
    }

    public void awaitEmailConfirmation() {
        emailConfirmed = false;
    }

    public void confirmEmail() {
        emailConfirmed = true;
    }

    public boolean emailConfirmed() {
        return emailConfirmed;
    }

    public void verify(String note, Instant now) {
        refuseUnconfirmed();
        if (status == VerificationStatus.VERIFIED) {
            throw new IllegalTransitionException(
                    "organization.transition.already-verified", "Organization " + id + " is already verified");
        }
        status = VerificationStatus.VERIFIED;
        statusReason = note;
        statusChangedAt = now;
    }

    public void reject(String reason, Instant now) {
        refuseUnconfirmed();
        if (status != VerificationStatus.PENDING_VERIFICATION) {
            throw new IllegalTransitionException(
                    "organization.transition.not-pending", "Organization " + id + " is " + status + ", not pending");
        }
        status = VerificationStatus.REJECTED;
        statusReason = reason;
        statusChangedAt = now;
    }

    private void refuseUnconfirmed() {
        if (!emailConfirmed) {
            throw new IllegalTransitionException(
                    "organization.transition.email-unconfirmed",
                    "Organization " + id + " waits for its registrant to confirm the e-mail address");
        }
    }

    /**
     * Changes the profile. A rejected organization that changes its profile goes back to the
     * program's queue.
     *
     * @return whether the change resubmitted the organization for verification
     */
    public boolean updateProfile(
            String name,
            String website,
            String region,
            String description,
            boolean listed,
            ContactPersonData contact,
            Instant now) {
        this.name = name;
        this.website = website;
        this.region = region;
        this.description = description;
        this.listedInDirectory = listed;
        replacePrimaryContact(contact);
        if (status == VerificationStatus.REJECTED) {
            status = VerificationStatus.PENDING_VERIFICATION;
            statusChangedAt = now;
            return true;
        }
        return false;
    }

    public void addContact(ContactPersonData data) {
        contacts.add(new ContactPerson(UUID.randomUUID(), this, data, contacts.size()));
    }

    private void replacePrimaryContact(ContactPersonData data) {
        if (contacts.isEmpty()) {
            addContact(data);
        } else {
            contacts.getFirst().update(data);
        }
    }

    public OrganizationProfile toProfile() {
        return new OrganizationProfile(
                new OrganizationId(id),
                type,
                name,
                website,
                region,
                description,
                status,
                statusReason,
                statusChangedAt,
                listedInDirectory,
                contacts.stream().map(ContactPerson::toData).toList(),
                createdAt,
                version());
    }

    public OrganizationSummary toSummary() {
        return new OrganizationSummary(new OrganizationId(id), type, name, region, status, createdAt);
    }

    public DirectoryEntry toDirectoryEntry() {
        return new DirectoryEntry(new OrganizationId(id), type, name, region, website, description);
    }

    public UUID id() {
        return id;
    }

    public VerificationStatus status() {
        return status;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
