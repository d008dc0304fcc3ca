/**
 * Brokered introductions: a startup or a provider asks, the program screens, the other side
 * consents, and only then do both see each other's contact persons; what became of it is recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Introductions")
package org.marketaccess.portal.introduction;
