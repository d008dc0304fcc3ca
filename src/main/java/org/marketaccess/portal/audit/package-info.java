/**
 * The append-only audit trail: logins, account changes, verifications and, later, every workflow
 * transition, with who, when, before and after, and the reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.marketaccess.portal.audit;
