package org.marketaccess.portal.need.internal;

import org.marketaccess.portal.posting.PostingRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Needs the posting core finds alike ({@link PostingRepository}), and the published ones to browse. */
public interface NeedRepository extends PostingRepository<Need> {

    @Query("""
            select n from Need n
            where n.status = org.marketaccess.portal.shared.PostingStatus.PUBLISHED
              and (:audience = '' or n.audience like :audience)
              and (:text = '' or lower(n.title) like :text escape '\\' or lower(n.description) like :text escape '\\')
              and (:kind = '' or exists (select 1 from Need m join m.terms t
                                         where m = n and t.kind = :kind and t.code = :code))
            """)
    Page<Need> findPublished(
            @Param("text") String textPattern,
            @Param("kind") String kind,
            @Param("code") String code,
            @Param("audience") String audiencePattern,
            Pageable pageable);
}
