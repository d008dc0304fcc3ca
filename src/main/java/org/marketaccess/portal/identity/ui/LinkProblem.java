package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.marketaccess.portal.identity.LinkState;

/** What a page opened from a used, expired or unknown link says, in one box. */
final class LinkProblem {

    private LinkProblem() {}

    static Div of(Div owner, LinkState state) {
        Div problem = new Div(new Paragraph(owner.getTranslation(state.messageKey())));
        problem.addClassName("link-problem");
        problem.setId("link-problem");
        return problem;
    }
}
