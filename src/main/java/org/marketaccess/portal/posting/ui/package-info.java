/**
 * The program's list of all postings, and the parts of a posting page that needs and opportunities
 * share (their "My …" lists, their editor and its form, their details page), exposed to those two
 * features as the named interface "ui".
 */
@org.springframework.modulith.NamedInterface("ui")
package org.marketaccess.portal.posting.ui;
