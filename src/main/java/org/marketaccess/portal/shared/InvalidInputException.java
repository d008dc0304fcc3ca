package org.marketaccess.portal.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refused, with a translation key per offending field, so that a form shows each
 * message at its field. Nothing was changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public InvalidInputException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    /** Field name to translation key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
