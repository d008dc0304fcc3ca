package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.marketaccess.portal.identity.LinkState;

/** What pages opened from a mailed link share: hiding its secret, and saying what is wrong with it. */
final class LinkProblem {

    private LinkProblem() {}

    /**
     * Takes the secret out of the address bar and the history once the page is shown (after the
     * router has written the address); the view keeps it.
     */
    static void hideSecret(UI ui, Component view, String route) {
        ui.beforeClientResponse(view, context -> ui.getPage().getHistory().replaceState(null, route));
    }

    static Div of(Div owner, LinkState state) {
        Div problem = new Div(new Paragraph(owner.getTranslation(state.messageKey())));
        problem.addClassName("link-problem");
        problem.setId("link-problem");
        return problem;
    }
}
