package org.marketaccess.portal.posting.internal;

import java.util.UUID;
import org.marketaccess.portal.posting.PostingKind;
import org.marketaccess.portal.shared.PostingStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface PostingOverviewRepository extends Repository<PostingOverview, UUID> {

    @Query("""
            select p from PostingOverview p
            where (:kind is null or p.kind = :kind)
              and (:status is null or p.status = :status)
              and (:text = '' or lower(p.title) like :text escape '\\' or lower(p.organizationName) like :text escape '\\')
            """)
    Page<PostingOverview> search(
            @Param("kind") PostingKind kind,
            @Param("status") PostingStatus status,
            @Param("text") String textPattern,
            Pageable pageable);

    @Query("""
            select count(p) from PostingOverview p
            where (:kind is null or p.kind = :kind)
              and (:status is null or p.status = :status)
              and (:text = '' or lower(p.title) like :text escape '\\' or lower(p.organizationName) like :text escape '\\')
            """)
    long countSearch(
            @Param("kind") PostingKind kind, @Param("status") PostingStatus status, @Param("text") String textPattern);
}
