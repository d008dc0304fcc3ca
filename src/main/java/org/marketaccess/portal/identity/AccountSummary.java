package org.marketaccess.portal.identity;

import java.time.Instant;

/** An account as the administrator sees it; never the password hash. */
public record AccountSummary(
        AccountId id, String email, String displayName, String role, boolean enabled, Instant createdAt) {}
