package org.marketaccess.portal.organization;

import java.time.Instant;

/** An invitation of the member's organization that nobody used yet and that has not expired. */
public record PendingInvitation(String email, Instant expiresAt) {}
