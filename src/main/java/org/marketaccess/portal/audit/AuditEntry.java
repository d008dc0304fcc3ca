package org.marketaccess.portal.audit;

import java.time.Instant;

/**
 * One line of the audit trail. {@code subjectName} is what the subject is called now (an
 * organization's name, an account's e-mail, a posting's title), when it can still be found.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String subjectName,
        String before,
        String after,
        String reason,
        String details) {

    public AuditEntry withActor(String name) {
        return new AuditEntry(
                id, occurredAt, name, action, subjectType, subjectId, subjectName, before, after, reason, details);
    }

    public AuditEntry withSubjectName(String name) {
        return new AuditEntry(
                id, occurredAt, actor, action, subjectType, subjectId, name, before, after, reason, details);
    }
}
