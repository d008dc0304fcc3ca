package org.marketaccess.portal.organization.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByAccountId(UUID accountId);

    List<Membership> findAllByOrganizationId(UUID organizationId);
}
