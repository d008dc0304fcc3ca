package org.marketaccess.portal.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Append and read only: deliberately no update or delete method. */
public interface AuditEventRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    Page<AuditRecord> findAllByOrderByIdDesc(Pageable pageable);

    long count();
}
