package org.marketaccess.portal.search;

/** The two kinds of posting the index holds. */
public enum PostingKind {
    NEED,
    OPPORTUNITY
}
