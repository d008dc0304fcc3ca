package org.marketaccess.portal.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.organization.VerificationStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, UUID> {

    /** Organizations whose registrant has not confirmed the e-mail address are not the program's yet. */
    long countByStatusAndEmailConfirmedTrue(VerificationStatus status);

    /** Serializes changes of an organization's membership, so that two last members cannot both leave. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.id = :id")
    java.util.Optional<Organization> lockById(@Param("id") UUID id);

    java.util.Optional<Organization> findByExternalId(String externalId);

    @Query("""
            select o from Organization o
            where o.emailConfirmed = true
              and (:status is null or o.status = :status
                   or (:status = org.marketaccess.portal.organization.VerificationStatus.PENDING_VERIFICATION
                       and o.proposedName is not null))
              and (:name = '' or lower(o.name) like :name escape '\\' or lower(o.proposedName) like :name escape '\\')
            """)
    Page<Organization> findForProgram(
            @Param("status") VerificationStatus status, @Param("name") String namePattern, Pageable pageable);

    @Query("""
            select o from Organization o
            where o.status = org.marketaccess.portal.organization.VerificationStatus.VERIFIED
              and o.listedInDirectory = true
              and (:text = '' or lower(o.name) like :text escape '\\' or lower(o.description) like :text escape '\\')
              and (:type is null or o.type = :type)
              and (:anyRegion = true or o.region in :regions)
            """)
    Page<Organization> findForDirectory(
            @Param("text") String textPattern,
            @Param("type") OrganizationType type,
            @Param("anyRegion") boolean anyRegion,
            @Param("regions") Collection<String> regions,
            Pageable pageable);

    @Query("""
            select count(o) from Organization o
            where o.status = org.marketaccess.portal.organization.VerificationStatus.VERIFIED
              and o.listedInDirectory = true
              and (:text = '' or lower(o.name) like :text escape '\\' or lower(o.description) like :text escape '\\')
              and (:type is null or o.type = :type)
              and (:anyRegion = true or o.region in :regions)
            """)
    long countForDirectory(
            @Param("text") String textPattern,
            @Param("type") OrganizationType type,
            @Param("anyRegion") boolean anyRegion,
            @Param("regions") Collection<String> regions);

    List<Organization> findTop5ByStatusAndEmailConfirmedTrueOrderByCreatedAtAsc(VerificationStatus status);
}
