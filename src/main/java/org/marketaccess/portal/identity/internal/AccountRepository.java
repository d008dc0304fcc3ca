package org.marketaccess.portal.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByRole(String role);

    List<Account> findAllByRoleAndEnabledTrueOrderByEmail(String role);

    List<Account> findAllByIdInAndEnabledTrueOrderByEmail(Collection<UUID> ids);

    /** When the account's password last changed (null if never, or if there is no such account). */
    @Query("select a.credentialsChangedAt from Account a where a.id = :id")
    Instant findCredentialsChangedAt(@Param("id") UUID id);

    @Query("""
            select a from Account a
            where :filter = '' or a.email like concat('%', :filter, '%')
               or lower(a.displayName) like concat('%', :filter, '%')
            """)
    Page<Account> search(@Param("filter") String filter, Pageable pageable);
}
