/**
 * The application shell: the main layout with role-aware navigation built from the views' own menu
 * annotations, the home page of each role, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.marketaccess.portal.shell;
