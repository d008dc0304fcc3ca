package org.marketaccess.portal.opportunity.internal;

import java.time.LocalDate;
import org.marketaccess.portal.posting.PostingRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Opportunities the posting core finds alike ({@link PostingRepository}), and the offered ones to browse. */
public interface OpportunityRepository extends PostingRepository<Opportunity> {

    /** Published and still open for responses on {@code today}. */
    @Query("""
            select o from Opportunity o
            where o.status = org.marketaccess.portal.shared.PostingStatus.PUBLISHED
              and (:audience = '' or o.audience like :audience)
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
            @Param("audience") String audiencePattern,
            Pageable pageable);

    @Query("""
            select count(o) from Opportunity o
            where o.status = org.marketaccess.portal.shared.PostingStatus.PUBLISHED
              and (:audience = '' or o.audience like :audience)
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
            @Param("code") String code,
            @Param("audience") String audiencePattern);
}
