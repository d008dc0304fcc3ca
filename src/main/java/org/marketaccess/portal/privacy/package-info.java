/**
 * A member's personal data: downloading everything the portal holds about them and their
 * organization, and deleting their account. Uses the other features' APIs; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.marketaccess.portal.privacy;
