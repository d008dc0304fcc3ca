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
import java.util.Objects;
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

    /** The cluster it belongs to (exactly one; decision 028), chosen at registration. */
    private String clusterCode;

    private String description;

    @Enumerated(EnumType.STRING)
    private VerificationStatus status;

    private String statusReason;

    private Instant statusChangedAt;

    private boolean listedInDirectory;

    private Instant createdAt;

    /**
     * Written on every change of the profile, contact persons included: they are part of this
     * aggregate, and a change of a part must move the aggregate's version (decision 023).
     */
    private Instant profileChangedAt;

    /** A verified organization's new name, public only once the program approves it (decision 023). */
    private String proposedName;

    /** Why the program declined the last proposed name; cleared by the next proposal. */
    private String nameReviewNote;

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
            Instant createdAt,
            String cluster) {
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
        this.clusterCode = cluster;
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
            Instant now,
            String cluster) {
        Organization organization =
                new Organization(id, type, name, website, region, description, listed, now, cluster);
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
        return new MemberOf(new OrganizationId(id), type, status, name, clusterCode);
    }

    public OrganizationCard toCard() {
        return new OrganizationCard(new OrganizationId(id), type, name, website, region);
    }

    public OrganizationType type() {
        return type;
    }

    public String cluster() {
        return clusterCode;
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
     * program's queue. A verified organization's new name is only proposed: the program knows it
     * under its old name and must approve the new one, or anyone could take another's name.
     */
    public ProfileChange updateProfile(
            String name,
            String website,
            String region,
            String description,
            boolean listed,
            ContactPersonData contact,
            Instant now) {
        boolean changed = !Objects.equals(this.website, website)
                || !Objects.equals(this.region, region)
                || !Objects.equals(this.description, description)
                || this.listedInDirectory != listed
                || contactChangedBy(contact);
        String proposal = null;
        if (status == VerificationStatus.VERIFIED) {
            String wanted = name.equals(this.name) ? null : name;
            if (!Objects.equals(wanted, proposedName)) {
                changed = true;
                proposedName = wanted;
                nameReviewNote = null;
                proposal = wanted;
            }
        } else if (!name.equals(this.name)) {
            changed = true;
            this.name = name;
        }
        this.website = website;
        this.region = region;
        this.description = description;
        this.listedInDirectory = listed;
        replacePrimaryContact(contact);
        if (changed) {
            profileChangedAt = now;
        }
        boolean resubmitted = false;
        if (status == VerificationStatus.REJECTED) {
            status = VerificationStatus.PENDING_VERIFICATION;
            statusChangedAt = now;
            resubmitted = true;
        }
        return new ProfileChange(changed, resubmitted, proposal);
    }

    /** What a profile change did: {@code proposedName} is a new name now waiting for the program. */
    public record ProfileChange(boolean changed, boolean resubmitted, String proposedName) {}

    /** The program approves the proposed name: it becomes the public one. */
    public String approveName(Instant now) {
        requireProposal();
        String before = name;
        name = proposedName;
        proposedName = null;
        nameReviewNote = null;
        profileChangedAt = now;
        return before;
    }

    /** The program declines the proposed name; the old one stays, and the members see why. */
    public String declineName(String reason, Instant now) {
        requireProposal();
        String declined = proposedName;
        proposedName = null;
        nameReviewNote = reason;
        profileChangedAt = now;
        return declined;
    }

    private void requireProposal() {
        if (proposedName == null) {
            throw new IllegalTransitionException(
                    "organization.transition.no-proposed-name", "Organization " + id + " proposes no new name");
        }
    }

    /**
     * Erases the contact entries naming a person who deleted their account; when they were the last
     * member, the organization also leaves the directory: nobody is left to stand behind the entry.
     */
    public void forgetPerson(String email, boolean lastMember, Instant now) {
        boolean changed = false;
        for (ContactPerson contact : contacts) {
            if (contact.names(email)) {
                contact.erase();
                changed = true;
            }
        }
        if (lastMember && listedInDirectory) {
            listedInDirectory = false;
            changed = true;
        }
        if (changed) {
            profileChangedAt = now;
        }
    }

    public String name() {
        return name;
    }

    private boolean contactChangedBy(ContactPersonData data) {
        if (contacts.isEmpty()) {
            return true;
        }
        return !contacts.getFirst().toData().equals(ContactPerson.normalized(data));
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
                version(),
                proposedName,
                nameReviewNote);
    }

    public OrganizationSummary toSummary() {
        return new OrganizationSummary(new OrganizationId(id), type, name, region, status, createdAt, proposedName);
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
