package org.marketaccess.portal.audit.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.marketaccess.portal.audit.AuditEntry;

/** Immutable once written: no setters, and Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    private String beforeState;
    private String afterState;
    private String reason;
    private String details;

    protected AuditRecord() {}

    AuditRecord(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String beforeState,
            String afterState,
            String reason,
            String details) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 254);
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.reason = truncate(reason, 2000);
        this.details = truncate(details, 2000);
    }

    public AuditEntry toEntry() {
        return new AuditEntry(
                id, occurredAt, actor, action, subjectType, subjectId, null, beforeState, afterState, reason, details);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
