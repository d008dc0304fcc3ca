/** Value types and exceptions that every feature shares; no feature logic lives here. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.marketaccess.portal.shared;
