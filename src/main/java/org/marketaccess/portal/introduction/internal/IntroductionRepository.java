package org.marketaccess.portal.introduction.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IntroductionRepository extends JpaRepository<Introduction, UUID> {

    Optional<Introduction> findByOpenPair(String openPair);

    Optional<Introduction> findByExternalId(String externalId);

    List<Introduction> findByStatusOrderByCreatedAtAsc(IntroductionStatus status, Pageable pageable);

    /** A state's requests in which either side belongs to one of {@code clusters}, oldest first. */
    @Query("""
            select i from Introduction i
            where i.status = :status
              and (i.clusters.requesterCluster in :clusters or i.clusters.recipientCluster in :clusters)
            order by i.createdAt asc
            """)
    List<Introduction> inClusters(
            @Param("status") IntroductionStatus status,
            @Param("clusters") java.util.Collection<String> clusters,
            Pageable pageable);

    @Query("""
            select i.status, count(i) from Introduction i
            where i.clusters.requesterCluster in :clusters or i.clusters.recipientCluster in :clusters
            group by i.status
            """)
    List<Object[]> countByStatusInClusters(@Param("clusters") java.util.Collection<String> clusters);

    /**
     * Sent by an organization, and received by it once the program let the request through (only
     * approved requests have an answer-by time).
     */
    @Query("""
            select i from Introduction i
            where i.requesterOrg = :organization
               or (i.recipientOrg = :organization and i.expiresAt is not null)
            order by i.updatedAt desc
            """)
    List<Introduction> involving(@Param("organization") UUID organization, Pageable pageable);

    @Query("select i.id from Introduction i where i.status = :status and i.expiresAt <= :now")
    List<UUID> dueBy(@Param("status") IntroductionStatus status, @Param("now") Instant now);

    @Query("""
            select i.id from Introduction i
            where i.status = :status and i.remindedAt is null and i.expiresAt <= :remindFrom
            """)
    List<UUID> reminderDue(@Param("status") IntroductionStatus status, @Param("remindFrom") Instant remindFrom);

    @Query("""
            select i.declineReason, i.status, count(i) from Introduction i
            where i.declineReason is not null group by i.declineReason, i.status
            """)
    List<Object[]> countDeclineReasons();

    @Query("select i.status, count(i) from Introduction i group by i.status")
    List<Object[]> countByStatus();
}
