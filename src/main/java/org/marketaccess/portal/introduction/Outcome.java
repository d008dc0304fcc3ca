package org.marketaccess.portal.introduction;

/**
 * What became of an introduction, recorded in this order (a later step may follow any earlier one,
 * never the other way round); {@code CLOSED_NO_FIT} ends it at any point before a contract.
 */
public enum Outcome {
    MEETING_HELD,
    PILOT_AGREED,
    PILOT_COMPLETED,
    CONTRACT_SIGNED,
    CLOSED_NO_FIT;

    /** Whether this outcome may be recorded after {@code current} (null: nothing recorded yet). */
    public boolean mayFollow(Outcome current) {
        if (current == null) {
            return true;
        }
        if (current == CONTRACT_SIGNED || current == CLOSED_NO_FIT) {
            return false;
        }
        return this == CLOSED_NO_FIT || ordinal() > current.ordinal();
    }

    public boolean last() {
        return this == CONTRACT_SIGNED || this == CLOSED_NO_FIT;
    }
}
