package org.marketaccess.portal.audit;

import jakarta.annotation.security.RolesAllowed;
import org.marketaccess.portal.audit.internal.AuditEventRepository;
import org.marketaccess.portal.audit.internal.AuditRecord;
import org.marketaccess.portal.identity.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail. Writing happens only by listening to the other features' events. */
@Service
@RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional(readOnly = true)
public class AuditService {

    private final AuditEventRepository records;

    AuditService(AuditEventRepository records) {
        this.records = records;
    }

    public Page<AuditEntry> recent(Pageable pageable) {
        return records.findAllByOrderByIdDesc(pageable).map(AuditRecord::toEntry);
    }
}
