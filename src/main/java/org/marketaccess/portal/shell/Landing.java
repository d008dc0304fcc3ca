package org.marketaccess.portal.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.marketaccess.portal.insight.ProgramFigures;

/**
 * The program's public front door: what it does, how far it has come (counted now), and the ways in
 * for a visitor: the directory, registration and login.
 */
class Landing extends Composite<Section> {

    Landing(ProgramFigures figures) {
        Section content = getContent();
        content.addClassName("landing");

        H2 title = new H2(getTranslation("landing.title"));
        Paragraph lead = new Paragraph(getTranslation("landing.lead"));
        lead.addClassName("landing-lead");

        Div figureRow = new Div(
                figure("landing.figure.organizations", figures.verifiedOrganizations()),
                figure("landing.figure.opportunities", figures.openOpportunities()),
                figure("landing.figure.needs", figures.publishedNeeds()),
                figure("landing.figure.introductions", figures.introductionsMade()));
        figureRow.addClassNames("figures", "landing-figures");
        figureRow.setId("program-figures");

        OrderedList steps = new OrderedList(
                new ListItem(getTranslation("landing.step.register")),
                new ListItem(getTranslation("landing.step.post")),
                new ListItem(getTranslation("landing.step.introduce")));
        steps.addClassName("landing-steps");

        Anchor register = new Anchor("register", getTranslation("landing.register"));
        register.addClassNames("landing-action", "primary");
        Anchor login = new Anchor("login", getTranslation("landing.login"));
        login.addClassName("landing-action");
        Anchor directory = new Anchor("directory", getTranslation("landing.directory"));
        directory.addClassName("landing-action");
        Div actions = new Div(register, login, directory);
        actions.addClassName("landing-actions");

        content.add(
                title,
                lead,
                figureRow,
                actions,
                new H3(getTranslation("landing.how")),
                steps,
                new H3(getTranslation("landing.who")),
                new Paragraph(getTranslation("landing.who.text")));
    }

    private Div figure(String labelKey, long value) {
        Span number = new Span(Long.toString(value));
        number.addClassName("figure-value");
        Span caption = new Span(getTranslation(labelKey));
        caption.addClassName("figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("figure");
        figure.getElement().setAttribute("data-figure", labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return figure;
    }
}
