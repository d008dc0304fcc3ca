package org.marketaccess.portal.posting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marketaccess.portal.posting.PostingLanguage;
import org.marketaccess.portal.shared.ui.FieldErrors;
import org.marketaccess.portal.shared.ui.TermFields;
import org.marketaccess.portal.taxonomy.TaxonomyKind;
import org.marketaccess.portal.taxonomy.TaxonomyService;
import org.marketaccess.portal.taxonomy.Term;

/**
 * The fields of a posting, bound with one {@link Binder} to the kind's command record: the title, the
 * kind's prose, a grid of its taxonomy fields (from a list, one code or several each) and any other
 * field of its own, and the anonymity. {@link #read} and {@link #write} fill the fields from a record
 * and make one from them; no field is copied by hand. Each field is bound by its record component's
 * name, and a text field's limit is the component's {@code @Size}. The other rules also live on the
 * record and are checked by the service; the form shows what it refused ({@link #showErrors}).
 */
public class PostingForm<D extends Record> extends Composite<VerticalLayout> {

    /** A taxonomy field: the record component it fills, its taxonomy, its label; one code or several. */
    public record TaxonomyField(String property, TaxonomyKind kind, String labelKey, boolean several) {

        public static TaxonomyField several(String property, TaxonomyKind kind, String labelKey) {
            return new TaxonomyField(property, kind, labelKey, true);
        }

        public static TaxonomyField one(String property, TaxonomyKind kind, String labelKey) {
            return new TaxonomyField(property, kind, labelKey, false);
        }
    }

    final TextField title = new TextField();
    final Checkbox anonymous = new Checkbox();
    /** Unticked (the default): partner clusters see the posting too (decision 028). */
    final Checkbox keptInCluster = new Checkbox();

    private final Class<D> type;
    private final Binder<D> binder;
    private final FieldErrors errors = new FieldErrors(this);
    private final FormLayout grid = new FormLayout();
    private final Map<String, Component> fields = new HashMap<>();
    private Runnable afterRead = () -> {};

    public PostingForm(Class<D> type, TaxonomyService taxonomy, List<TaxonomyField> taxonomyFields) {
        this.type = type;
        this.binder = new Binder<>(type);
        title.setLabel(getTranslation("posting.title"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        text("title", title);
        for (TaxonomyField field : taxonomyFields) {
            List<String> codes =
                    taxonomy.terms(field.kind()).stream().map(Term::code).toList();
            String label = getTranslation(field.labelKey());
            if (field.several()) {
                MultiSelectComboBox<String> codesField =
                        TermFields.multi(label, codes, code -> taxonomy.label(field.kind(), code));
                binder.forField(codesField)
                        .withConverter(
                                (Set<String> chosen) -> List.copyOf(new LinkedHashSet<>(chosen)),
                                (List<String> chosen) -> new LinkedHashSet<>(chosen))
                        .bind(field.property());
                add(field.property(), codesField);
            } else {
                Select<String> codeField = TermFields.single(
                        label, codes, code -> taxonomy.label(field.kind(), code), getTranslation("posting.none"));
                binder.forField(codeField).bind(field.property());
                add(field.property(), codeField);
            }
        }
        anonymous.setLabel(getTranslation("posting.anonymous"));
        binder.forField(anonymous).bind("anonymous");
        keptInCluster.setLabel(getTranslation("posting.kept-in-cluster"));
        binder.forField(keptInCluster).bind("keptInCluster");
        getContent().setPadding(false);
        getContent().setWidthFull();
        getContent().add(title, grid, anonymous, keptInCluster);
    }

    /** A text area under the title (and any before it) for the record's {@code property}. */
    public TextArea prose(String property, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        text(property, area);
        getContent().addComponentAtIndex(getContent().indexOf(grid), area);
        return area;
    }

    /** A one-line text field in the grid, after the taxonomy fields. */
    public TextField line(String property, String labelKey) {
        TextField line = new TextField(getTranslation(labelKey));
        text(property, line);
        add(property, line);
        return line;
    }

    /** A date field in the grid, after the taxonomy fields. */
    public DatePicker date(String property, String labelKey) {
        DatePicker date = new DatePicker(getTranslation(labelKey));
        binder.forField(date).bind(property);
        add(property, date);
        return date;
    }

    /**
     * The posting's language (record component {@code language}), in the grid: it follows the
     * language detected from the title and {@code texts} until the person chooses one (decision 027).
     * A stored language the text does not show was chosen, and stays.
     */
    @SafeVarargs
    public final Select<String> language(HasValue<?, String>... texts) {
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("posting.language"));
        language.setHelperText(getTranslation("posting.language.help"));
        language.setItems(java.util.Arrays.stream(PostingLanguage.values())
                .map(PostingLanguage::code)
                .toList());
        language.setItemLabelGenerator(code -> getTranslation("posting.language." + code));
        binder.forField(language).bind("language");
        add("language", language);
        boolean[] chosen = {false};
        java.util.function.Supplier<String> detected = () -> {
            StringBuilder text = new StringBuilder(title.getValue());
            for (HasValue<?, String> field : texts) {
                text.append('\n').append(field.getValue());
            }
            return PostingLanguage.detect(text.toString()).code();
        };
        Runnable follow = () -> {
            if (!chosen[0]) {
                language.setValue(detected.get());
            }
        };
        language.addValueChangeListener(event -> chosen[0] |= event.isFromClient());
        title.addValueChangeListener(event -> follow.run());
        for (HasValue<?, String> field : texts) {
            field.addValueChangeListener(event -> follow.run());
        }
        afterRead = () -> {
            chosen[0] = !language.isEmpty() && !language.getValue().equals(detected.get());
            follow.run();
        };
        return language;
    }

    /** The taxonomy field of several codes for {@code property}. */
    @SuppressWarnings("unchecked")
    public MultiSelectComboBox<String> several(String property) {
        return (MultiSelectComboBox<String>) fields.get(property);
    }

    /** The taxonomy field of one code for {@code property}. */
    @SuppressWarnings("unchecked")
    public Select<String> one(String property) {
        return (Select<String>) fields.get(property);
    }

    public void read(D content) {
        binder.readRecord(content);
        afterRead.run();
    }

    public D write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException notExpected) {
            // the form has no validators of its own: the service checks the record
            throw new IllegalStateException(notExpected);
        }
    }

    /** @return the messages of errors that belong to no field of the form, or null */
    public String showErrors(Map<String, String> fieldErrors) {
        return errors.show(fieldErrors);
    }

    public void clearErrors() {
        errors.clear();
    }

    private <F extends Component & HasValue<?, String> & HasValidation> void text(String property, F field) {
        binder.forField(field).bind(property);
        errors.field(property, field);
        limit(property, field);
    }

    private <F extends Component & HasValidation> void add(String property, F field) {
        fields.put(property, field);
        errors.field(property, field);
        grid.add(field);
    }

    /** The record's limit for a text, so that the browser stops there too. */
    private void limit(String property, Component field) {
        Size size;
        try {
            size = type.getDeclaredField(property).getAnnotation(Size.class);
        } catch (NoSuchFieldException unknown) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no " + property, unknown);
        }
        if (size == null) {
            return;
        }
        switch (field) {
            case TextField line -> line.setMaxLength(size.max());
            case TextArea area -> area.setMaxLength(size.max());
            default -> {}
        }
    }
}
