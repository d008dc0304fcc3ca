package org.marketaccess.portal.organization.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findAllByOrganizationIdAndUsedAtIsNullAndExpiresAtAfterOrderByCreatedAt(
            UUID organizationId, Instant now);

    long countByOrganizationIdAndUsedAtIsNullAndExpiresAtAfter(UUID organizationId, Instant now);

    List<Invitation> findAllByOrganizationIdAndEmailAndUsedAtIsNull(UUID organizationId, String email);

    @Modifying
    @Query("update Invitation i set i.invitedBy = null where i.invitedBy = :account")
    int forgetInviter(UUID account);
}
