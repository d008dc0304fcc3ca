package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.SignedInUser;
import org.marketaccess.portal.identity.TwoFactorService;
import org.marketaccess.portal.identity.internal.SecondFactorSession;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.ui.LanguageMenu;

/**
 * The second step of a login that owes a second factor: the code from the app (or a recovery code),
 * or, for an account that must have one and has none yet, enrolment. Nothing else opens before it.
 */
@Route(value = "two-factor", autoLayout = false)
@PermitAll
class TwoFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button verify = new Button();
    private final TwoFactorService twoFactor;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;

    TwoFactorView(TwoFactorService twoFactor, CurrentUser currentUser, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
        this.authentication = authentication;
        addClassName("two-factor-view");
        add(LanguageMenu.forPage());
        setWidthFull();
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.require();
        if (!owing(user)) {
            event.forwardTo("");
            return;
        }
        removeAll();
        add(new H1(getTranslation("two-factor.title")));
        if (twoFactor.enrolled(user.id())) {
            prompt();
        } else {
            add(new Paragraph(getTranslation("two-factor.enrol.required")));
            add(new EnrolmentPanel(twoFactor, this::passed));
        }
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(logout);
    }

    private void prompt() {
        code.setLabel(getTranslation("two-factor.code.or-recovery"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(16);
        code.setWidth("16rem");
        code.setAutofocus(true);
        verify.setText(getTranslation("two-factor.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        verify.addClickListener(click -> {
            try {
                if (twoFactor.verify(code.getValue())) {
                    passed();
                    return;
                }
                code.setErrorMessage(getTranslation("two-factor.code.wrong"));
            } catch (InvalidInputException wait) {
                code.setErrorMessage(getTranslation("two-factor.code.wait"));
            }
            code.setInvalid(true);
            code.clear();
        });
        add(new Paragraph(getTranslation("two-factor.prompt")), code, verify);
    }

    private void passed() {
        VaadinSession.getCurrent().getSession().removeAttribute(SecondFactorSession.PENDING);
        UI.getCurrent().getPage().setLocation(".");
    }

    private static boolean owing(SignedInUser user) {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null
                && SecondFactorSession.pending(
                        session.getSession().getAttribute(SecondFactorSession.PENDING), user.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-factor.title") + " · " + getTranslation("app.name");
    }
}
