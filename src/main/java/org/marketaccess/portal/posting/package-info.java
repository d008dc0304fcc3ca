/** The program's single list of all postings, needs and opportunities alike, for oversight. */
@org.springframework.modulith.ApplicationModule(displayName = "Posting overview")
package org.marketaccess.portal.posting;
