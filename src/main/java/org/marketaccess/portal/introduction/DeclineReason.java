package org.marketaccess.portal.introduction;

/** The structured reasons of DESIGN.md; shown to the requester and counted for the program. */
public enum DeclineReason {
    NOT_RELEVANT("not-relevant"),
    TOO_EARLY("too-early"),
    NO_CAPACITY("no-capacity"),
    MISSING_CERTIFICATION("missing-certification"),
    MISSING_INTEGRATION("missing-integration"),
    OTHER("other");

    private final String code;

    DeclineReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
