/**
 * Data sets in the format of DESIGN.md (organizations, needs, opportunities as JSON lines): reading
 * with a report of every bad line, and the program's bulk import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data sets")
package org.marketaccess.portal.dataset;
