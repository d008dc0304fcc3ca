package org.marketaccess.portal.audit.internal;

import java.time.Instant;
import java.util.List;
import org.marketaccess.portal.audit.AuditEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Append and read only: deliberately no update or delete method. (Not a {@code
 * JpaSpecificationExecutor}: in Spring Data JPA 4 that interface has update and delete methods too.)
 */
public interface AuditEventRepository extends Repository<AuditRecord, Long> {

    /**
     * The filter shared by the queries below: an empty actor pattern and null values match all. An
     * actor pattern also finds the rows of accounts whose e-mail it matches, since accounts act as
     * {@code account:<id>} (decision 023); like {@link SubjectNames}, it reads identity's table.
     * The time bounds are always given (the service passes far-apart bounds for "any"), because
     * PostgreSQL cannot type a parameter that is only tested for null.
     */
    String FILTER = """
             where (:actor = '' or lower(e.actor) like :actor escape '\\'
                    or e.actor in (select concat('account:', cast(a.id as String)) from Account a
                                   where lower(a.email) like :actor escape '\\'))
               and (:action is null or e.action = :action)
               and (:subjectType is null or e.subjectType = :subjectType)
               and (:subjectId is null or e.subjectId = :subjectId)
               and e.occurredAt >= :from
               and e.occurredAt < :until
            """;

    AuditRecord save(AuditRecord record);

    Page<AuditRecord> findAllByOrderByIdDesc(Pageable pageable);

    long count();

    /**
     * @param actorPattern a lower-case LIKE pattern, or '' for any actor
     * @param from inclusive
     * @param until exclusive
     */
    @Query("select e from AuditRecord e" + FILTER)
    Page<AuditRecord> search(
            @Param("actor") String actorPattern,
            @Param("action") String action,
            @Param("subjectType") String subjectType,
            @Param("subjectId") String subjectId,
            @Param("from") Instant from,
            @Param("until") Instant until,
            Pageable pageable);

    @Query("select count(e) from AuditRecord e" + FILTER)
    long countSearch(
            @Param("actor") String actorPattern,
            @Param("action") String action,
            @Param("subjectType") String subjectType,
            @Param("subjectId") String subjectId,
            @Param("from") Instant from,
            @Param("until") Instant until);

    /**
     * One page of an export, newest first, continuing below the id {@code below}: keyset paging
     * stays fast deep into a large trail and does not shift when rows are added meanwhile. Returns
     * plain records, not entities, so that the persistence context does not grow with the export.
     */
    @Query("select new org.marketaccess.portal.audit.AuditEntry(e.id, e.occurredAt, e.actor, e.action,"
            + " e.subjectType, e.subjectId, cast(null as String), e.beforeState, e.afterState, e.reason, e.details)"
            + " from AuditRecord e" + FILTER + " and e.id < :below order by e.id desc")
    List<AuditEntry> exportPage(
            @Param("actor") String actorPattern,
            @Param("action") String action,
            @Param("subjectType") String subjectType,
            @Param("subjectId") String subjectId,
            @Param("from") Instant from,
            @Param("until") Instant until,
            @Param("below") long below,
            Pageable pageable);

    @Query("select distinct e.action from AuditRecord e order by e.action")
    List<String> actions();

    @Query("select distinct e.subjectType from AuditRecord e where e.subjectType is not null order by e.subjectType")
    List<String> subjectTypes();
}
