/**
 * Demo data for the default profile: organizations in the program's three clusters and one demo
 * user per role, seeded on first start. Never active in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.marketaccess.portal.demo;
