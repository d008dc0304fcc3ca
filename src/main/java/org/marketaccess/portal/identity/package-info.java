/**
 * Accounts, roles, login and lockout, registration of accounts, and the signed-in user. Other
 * features learn who is acting from {@link org.marketaccess.portal.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.marketaccess.portal.identity;
