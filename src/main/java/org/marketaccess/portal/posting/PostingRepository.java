package org.marketaccess.portal.posting;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/**
 * What a kind's repository finds alike: a posting by the external id a data set gives it, and an
 * organization's own postings by status. Each kind's repository extends it for its entity and adds
 * its own listings.
 *
 * @param <P> the kind's entity
 */
@NoRepositoryBean
public interface PostingRepository<P extends Posting<?>> extends JpaRepository<P, UUID> {

    Optional<P> findByExternalId(String externalId);

    @Query("""
            select p from #{#entityName} p
            where p.organizationId = :organization and p.status in :statuses
            """)
    Page<P> findOwn(
            @Param("organization") UUID organization,
            @Param("statuses") Collection<PostingStatus> statuses,
            Pageable pageable);

    @Query("""
            select count(p) from #{#entityName} p
            where p.organizationId = :organization and p.status in :statuses
            """)
    long countOwn(@Param("organization") UUID organization, @Param("statuses") Collection<PostingStatus> statuses);
}
