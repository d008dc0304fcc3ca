package org.marketaccess.portal.introduction;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One step of an introduction's past, as a program's records give it: what happened and when, with
 * the reason of a decline and an optional note.
 */
public record HistoryStep(Kind kind, Instant at, DeclineReason reason, String note) {

    /** The steps of DESIGN.md's workflow after the request, in the data set's words. */
    public enum Kind {
        INFORMATION_REQUESTED,
        RESUBMITTED,
        APPROVED,
        DECLINED_BY_PROGRAM,
        ACCEPTED,
        DECLINED_BY_RECIPIENT,
        WITHDRAWN,
        EXPIRED,
        MEETING_HELD,
        PILOT_AGREED,
        PILOT_COMPLETED,
        CONTRACT_SIGNED,
        CLOSED_NO_FIT;

        /** The data set's spelling: {@code information-requested}, {@code pilot-agreed}, ... */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> of(String code) {
            return Arrays.stream(values())
                    .filter(kind -> kind.code().equals(code))
                    .findFirst();
        }
    }
}
