/**
 * Postings, what needs and opportunities have in common: the lifecycle of their status, the rules
 * and the work both services do ({@code PostingRules}, {@code Postings}), the feed that streams them
 * with their codes to the search index; and the program's single list of all postings for oversight. Needs and opportunities build on it; it knows neither.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Postings")
package org.marketaccess.portal.posting;
