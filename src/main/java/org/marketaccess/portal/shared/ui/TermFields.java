package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/** Fields over taxonomy codes that show their labels; the codes come from the caller's taxonomy. */
public final class TermFields {

    private TermFields() {}

    public static MultiSelectComboBox<String> multi(String label, List<String> codes, Function<String, String> labels) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(label);
        field.setItems(codes);
        field.setItemLabelGenerator(labels::apply);
        field.setWidthFull();
        return field;
    }

    public static Select<String> single(
            String label, List<String> codes, Function<String, String> labels, String none) {
        Select<String> field = new Select<>();
        field.setLabel(label);
        field.setItems(codes);
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(none);
        field.setItemLabelGenerator(code -> code == null ? none : labels.apply(code));
        return field;
    }

    public static List<String> values(MultiSelectComboBox<String> field) {
        return List.copyOf(new LinkedHashSet<>(field.getSelectedItems()));
    }

    /** Chips showing the labels of codes, for read-only views. */
    public static Span chips(List<String> codes, Function<String, String> labels) {
        Span chips = new Span();
        chips.addClassName("chips");
        codes.forEach(code -> {
            Span chip = new Span(labels.apply(code));
            chip.addClassName("chip");
            chips.add(chip);
        });
        return chips;
    }
}
