/**
 * The Lucene index and the ranking of needs and opportunities for each other. All of Lucene stays in
 * this package; other features see profiles in and ranked ids out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.marketaccess.portal.search;
