package org.marketaccess.portal.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bean-validation results as field name to translation key, the shape forms and reports show. */
public final class Violations {

    private Violations() {}

    /** The first problem of each field; {@code "{account.email.required}"} becomes {@code "account.email.required"}. */
    public static <T> Map<String, String> of(Validator validator, T command) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : validator.validate(command)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), key(violation.getMessageTemplate()));
        }
        return errors;
    }

    /** A message template as a translation key: {@code "{need.title.required}"} becomes {@code "need.title.required"}. */
    public static String key(String template) {
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
