/**
 * Ranking needs and opportunities for each other, the reasons for a match, and the search index
 * kept in step with the postings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.marketaccess.portal.matching;
