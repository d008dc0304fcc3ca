package org.marketaccess.portal.opportunity.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OpportunityRepository extends JpaRepository<Opportunity, UUID> {

    Optional<Opportunity> findByExternalId(String externalId);

    @Query("""
            select o from Opportunity o
            where o.organizationId = :organization and o.status in :statuses
            """)
    Page<Opportunity> findOwn(
            @Param("organization") UUID organization,
            @Param("statuses") Collection<PostingStatus> statuses,
            Pageable pageable);

    @Query("""
            select count(o) from Opportunity o
            where o.organizationId = :organization and o.status in :statuses
            """)
    long countOwn(@Param("organization") UUID organization, @Param("statuses") Collection<PostingStatus> statuses);

    /** Published and still open for responses on {@code today}. */
    @Query("""
            select o from Opportunity o
            where o.status = org.marketaccess.portal.shared.PostingStatus.PUBLISHED
              and (o.responseDeadline is null or o.responseDeadline >= :today)
              and (:text = '' or lower(o.title) like :text escape '\\'
                   or lower(o.problemStatement) like :text escape '\\')
              and (:kind = '' or exists (select 1 from Opportunity m join m.terms t
                                         where m = o and t.kind = :kind and t.code = :code))
            """)
    Page<Opportunity> findOffered(
            @Param("today") LocalDate today,
            @Param("text") String textPattern,
            @Param("kind") String kind,
            @Param("code") String code,
            Pageable pageable);

    @Query("""
            select count(o) from Opportunity o
            where o.status = org.marketaccess.portal.shared.PostingStatus.PUBLISHED
              and (o.responseDeadline is null or o.responseDeadline >= :today)
              and (:text = '' or lower(o.title) like :text escape '\\'
                   or lower(o.problemStatement) like :text escape '\\')
              and (:kind = '' or exists (select 1 from Opportunity m join m.terms t
                                         where m = o and t.kind = :kind and t.code = :code))
            """)
    long countOffered(
            @Param("today") LocalDate today,
            @Param("text") String textPattern,
            @Param("kind") String kind,
            @Param("code") String code);
}
