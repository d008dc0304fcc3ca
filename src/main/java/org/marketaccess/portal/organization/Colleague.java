package org.marketaccess.portal.organization;

import org.marketaccess.portal.identity.AccountId;

/** A member of the signed-in member's organization, as the profile lists them. */
public record Colleague(AccountId id, String name, String email, boolean me) {}
