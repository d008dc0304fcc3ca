/** Pilot opportunities: a problem a provider wants piloted, with its requirements and deadline. */
@org.springframework.modulith.ApplicationModule(displayName = "Opportunity")
package org.marketaccess.portal.opportunity;
