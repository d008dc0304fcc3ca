/** Ranking needs and opportunities for each other, the reasons for a match, and the ranking evaluation. */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package org.marketaccess.portal.matching;
