package org.marketaccess.portal.shared;

/** What importing one record did. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
