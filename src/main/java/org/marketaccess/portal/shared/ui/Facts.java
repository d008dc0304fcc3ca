package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;

/** Read-only blocks of a details page: a labelled list of taxonomy chips, a labelled text, prose. */
public final class Facts {

    private Facts() {}

    public static Div codes(Component owner, String labelKey, List<String> codes, Function<String, String> labels) {
        Div facts = block(owner, labelKey);
        facts.add(codes.isEmpty() ? new Span(owner.getTranslation("posting.none")) : TermFields.chips(codes, labels));
        return facts;
    }

    public static Div text(Component owner, String labelKey, String value) {
        Div facts = block(owner, labelKey);
        facts.add(new Span(value == null ? owner.getTranslation("posting.none") : value));
        return facts;
    }

    /** Free text as typed: line breaks kept, markup shown as text. */
    public static Paragraph prose(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("prose");
        return paragraph;
    }

    private static Div block(Component owner, String labelKey) {
        Div facts = new Div(new H3(owner.getTranslation(labelKey)));
        facts.addClassName("facts");
        return facts;
    }
}
