package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * An editor whose organization is not verified yet says so before anything is typed, and its fields
 * and buttons are off: the services would refuse the post only after the whole form was filled.
 */
public final class UnverifiedNotice {

    private UnverifiedNotice() {}

    /** Puts the notice under {@code heading} and turns off everything after it. */
    public static void lock(VerticalLayout editor, Component heading) {
        Paragraph notice = new Paragraph(editor.getTranslation("posting.organization-not-verified.form"));
        notice.addClassName("form-error");
        notice.setId("posting-not-verified");
        editor.addComponentAtIndex(editor.indexOf(heading) + 1, notice);
        editor.getChildren()
                .filter(child -> child != heading && child != notice)
                .forEach(child -> child.getElement().setEnabled(false));
    }
}
