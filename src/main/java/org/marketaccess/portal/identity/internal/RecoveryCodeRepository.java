package org.marketaccess.portal.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    Optional<RecoveryCode> findByAccountIdAndCodeHashAndUsedAtIsNull(UUID accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(UUID accountId);

    void deleteByAccountId(UUID accountId);
}
