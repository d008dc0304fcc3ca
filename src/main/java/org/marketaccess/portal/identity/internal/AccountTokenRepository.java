package org.marketaccess.portal.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.identity.internal.AccountToken.Purpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountTokenRepository extends JpaRepository<AccountToken, UUID> {

    void deleteByAccountId(UUID accountId);

    Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, Purpose purpose);

    long countByAccountIdAndPurposeAndCreatedAtAfter(UUID accountId, Purpose purpose, Instant since);

    /**
     * Uses one link. The condition is checked again under the row lock, so of two requests racing
     * with the same link only one gets 1.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update AccountToken t set t.usedAt = :now where t.id = :id and t.usedAt is null")
    int use(@Param("id") UUID id, @Param("now") Instant now);

    /** Ends the account's other open links of a purpose once one of them was used. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update AccountToken t set t.usedAt = :now
            where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null""")
    int useAll(@Param("accountId") UUID accountId, @Param("purpose") Purpose purpose, @Param("now") Instant now);
}
