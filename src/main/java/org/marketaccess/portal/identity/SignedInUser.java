package org.marketaccess.portal.identity;

/** Who is acting: the account behind the current request. */
public record SignedInUser(AccountId id, String email, String displayName, String role) {

    public boolean hasRole(String candidate) {
        return role.equals(candidate);
    }
}
