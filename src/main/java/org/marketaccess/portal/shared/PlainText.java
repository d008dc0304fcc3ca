package org.marketaccess.portal.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text that follows {@link TextRules}; the violation's message is the key of the problem found
 * ({@code text.control-characters}, {@code text.bidi-controls}, …).
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "{text.control-characters}";

    /** Whether tabs and line breaks are allowed (a text area); a text field's value is one line. */
    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks with {@link TextRules#problem}. */
    class Validator implements ConstraintValidator<PlainText, String> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return TextRules.problem(value, multiLine)
                    .map(key -> {
                        context.disableDefaultConstraintViolation();
                        context.buildConstraintViolationWithTemplate("{" + key + "}")
                                .addConstraintViolation();
                        return false;
                    })
                    .orElse(true);
        }
    }
}
