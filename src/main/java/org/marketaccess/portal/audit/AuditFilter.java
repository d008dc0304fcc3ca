package org.marketaccess.portal.audit;

import java.time.LocalDate;

/**
 * What to show of the audit trail. Every part is optional (null or blank means any); blank text
 * is treated as null.
 *
 * @param actor part of the actor's name or e-mail, case-insensitive
 * @param action an action, exactly
 * @param subjectType a subject type, exactly
 * @param subjectId a subject id, exactly
 * @param from the first day shown (UTC), inclusive
 * @param to the last day shown (UTC), inclusive; not before {@code from}
 */
public record AuditFilter(
        String actor, String action, String subjectType, String subjectId, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
    }

    /** The whole trail. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
