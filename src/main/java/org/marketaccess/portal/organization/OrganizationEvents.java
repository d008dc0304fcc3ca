package org.marketaccess.portal.organization;

import org.marketaccess.portal.identity.AccountId;

/** Past-tense events of the organization feature. */
public final class OrganizationEvents {

    private OrganizationEvents() {}

    /** {@code registrantEmail} is the login of the person who registered it (who acted, when they did it themselves). */
    public record OrganizationRegistered(
            OrganizationId organizationId, AccountId registrant, String registrantEmail, OrganizationType type) {}

    public record OrganizationVerified(OrganizationId organizationId, VerificationStatus before, String note) {}

    public record OrganizationRejected(OrganizationId organizationId, VerificationStatus before, String reason) {}

    /** A rejected organization changed its profile and asks to be verified again. */
    public record OrganizationResubmitted(OrganizationId organizationId) {}

    public record OrganizationProfileUpdated(OrganizationId organizationId) {}

    /** A verified organization asks to be known by a new name; the old one stays public meanwhile. */
    public record OrganizationRenameProposed(OrganizationId organizationId, String publicName, String proposedName) {}

    /** The program approved a proposed name. */
    public record OrganizationRenamed(OrganizationId organizationId, String before, String after) {}

    /** The program declined a proposed name; {@code name} stays. */
    public record OrganizationRenameDeclined(
            OrganizationId organizationId, String name, String declinedName, String reason) {}

    /** A member invited a colleague; the audit keeps the invitation's id, not the address. */
    public record MemberInvited(OrganizationId organizationId, java.util.UUID invitationId) {}

    /** An invited colleague set their password and joined. */
    public record MemberJoined(OrganizationId organizationId, AccountId accountId, java.util.UUID invitationId) {}

    /** A member removed another member from the organization. */
    public record MemberRemoved(OrganizationId organizationId, AccountId accountId) {}

    /** A member left the organization. */
    public record MemberLeft(OrganizationId organizationId, AccountId accountId) {}

    /** Created ({@code created}) or updated from a program's data set. */
    public record OrganizationImported(OrganizationId organizationId, String externalId, boolean created) {}
}
