package org.marketaccess.portal.shared;

/** Lifecycle of a posting: {@code DRAFT → PUBLISHED → CLOSED}; an opportunity may end {@code AWARDED}. */
public enum PostingStatus {
    DRAFT,
    PUBLISHED,
    CLOSED,
    AWARDED;

    public boolean editable() {
        return this == DRAFT || this == PUBLISHED;
    }
}
