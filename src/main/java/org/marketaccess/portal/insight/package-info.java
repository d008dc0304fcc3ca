/**
 * The program's insight: the funnel from request to contract, what waits and where pairs fail,
 * supply and demand, the monthly trend; charts, exports and the monthly summary e-mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insight")
package org.marketaccess.portal.insight;
