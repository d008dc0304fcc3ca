/**
 * Startups and providers: registration, verification by the program, members, contact persons, and
 * the public stakeholder directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.marketaccess.portal.organization;
