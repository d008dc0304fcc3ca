package org.marketaccess.portal.posting;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.marketaccess.portal.shared.PostingStatus;
import org.marketaccess.portal.shared.Violations;

/** Small rules that needs and opportunities check alike. */
public final class PostingChecks {

    /** The constraints a draft meets only once it is published (the group of its record's constraints). */
    public interface Complete {}

    private PostingChecks() {}

    /**
     * The problems of a draft's record constraints, field name to translation key: one per field, the
     * fields in the record's order, a missing value before a too long one before any other problem.
     *
     * @param complete also the {@link Complete} constraints (to publish)
     */
    public static <D extends Record> Map<String, String> problems(Validator validator, D draft, boolean complete) {
        List<String> order = Arrays.stream(draft.getClass().getRecordComponents())
                .map(component -> component.getName())
                .toList();
        ToIntFunction<ConstraintViolation<D>> field =
                violation -> order.indexOf(violation.getPropertyPath().toString());
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(draft, complete ? new Class<?>[] {Default.class, Complete.class} : new Class<?>[0]).stream()
                .sorted(Comparator.comparingInt(field).thenComparingInt(PostingChecks::rank))
                .forEach(violation -> errors.putIfAbsent(
                        violation.getPropertyPath().toString(), Violations.key(violation.getMessageTemplate())));
        return errors;
    }

    /** A status filter; empty means every status. */
    public static Set<PostingStatus> statusesOrAll(Set<PostingStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? EnumSet.allOf(PostingStatus.class) : statuses;
    }

    private static int rank(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        return switch (type.getSimpleName()) {
            case "NotBlank", "NotEmpty", "NotNull" -> 0;
            case "Size" -> 1;
            default -> 2;
        };
    }
}
