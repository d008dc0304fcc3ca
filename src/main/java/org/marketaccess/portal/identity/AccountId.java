package org.marketaccess.portal.identity;

import java.util.Objects;
import java.util.UUID;

public record AccountId(UUID value) implements java.io.Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
