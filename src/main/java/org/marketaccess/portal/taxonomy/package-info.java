/**
 * The reference lists of DESIGN.md (categories, clinical areas, care settings, stages, regions, ...),
 * seeded by a migration and read-only for the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy")
package org.marketaccess.portal.taxonomy;
