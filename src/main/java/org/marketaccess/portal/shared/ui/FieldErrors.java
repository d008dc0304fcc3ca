package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's field errors (field name to translation key) at the form's fields. The rules
 * live on the command records and are checked by the service; a form only shows what it was told.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Marks each named field invalid with its translated message.
     *
     * @return the errors that belong to no field of this form, translated, or null when there is none
     */
    public String show(Map<String, String> errors) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        errors.forEach((name, key) -> {
            String message = owner.getTranslation(key);
            HasValidation field = fields.get(name);
            if (field == null && name.contains(".")) {
                field = fields.get(name.substring(name.lastIndexOf('.') + 1));
            }
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(message);
            }
        });
        return unplaced.isEmpty() ? null : unplaced.toString();
    }
}
