package org.marketaccess.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown routes, and routes the user may not open: Vaadin answers both the same way so that the
 * portal does not reveal which pages exist for other roles.
 */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("error-view");
        add(new H2(getTranslation("error.not-found.title")));
        add(new Paragraph(getTranslation("error.not-found.message")));
        add(new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
