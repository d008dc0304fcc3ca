/** Needs: what a startup seeks (a pilot site, validation, a data partner, a first customer). */
@org.springframework.modulith.ApplicationModule(displayName = "Need")
package org.marketaccess.portal.need;
