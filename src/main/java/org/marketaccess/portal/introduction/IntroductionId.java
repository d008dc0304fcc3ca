package org.marketaccess.portal.introduction;

import java.util.Objects;
import java.util.UUID;

public record IntroductionId(UUID value) {

    public IntroductionId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a URL; throws IllegalArgumentException for anything else. */
    public static IntroductionId parse(String text) {
        return new IntroductionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
