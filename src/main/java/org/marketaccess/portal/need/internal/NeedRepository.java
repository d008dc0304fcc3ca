package org.marketaccess.portal.need.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NeedRepository extends JpaRepository<Need, UUID> {

    Optional<Need> findByExternalId(String externalId);

    @Query("""
            select n from Need n
            where n.organizationId = :organization and n.status in :statuses
            """)
    Page<Need> findOwn(
            @Param("organization") UUID organization,
            @Param("statuses") Collection<PostingStatus> statuses,
            Pageable pageable);

    @Query("""
            select count(n) from Need n
            where n.organizationId = :organization and n.status in :statuses
            """)
    long countOwn(@Param("organization") UUID organization, @Param("statuses") Collection<PostingStatus> statuses);

    @Query("""
            select n from Need n
            where n.status = org.marketaccess.portal.shared.PostingStatus.PUBLISHED
              and (:text = '' or lower(n.title) like :text escape '\\' or lower(n.description) like :text escape '\\')
              and (:kind = '' or exists (select 1 from Need m join m.terms t
                                         where m = n and t.kind = :kind and t.code = :code))
            """)
    Page<Need> findPublished(
            @Param("text") String textPattern,
            @Param("kind") String kind,
            @Param("code") String code,
            Pageable pageable);
}
