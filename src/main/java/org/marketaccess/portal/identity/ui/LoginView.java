package org.marketaccess.portal.identity.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.LoginPageHints;
import org.marketaccess.portal.identity.internal.LoginSession;
import org.marketaccess.portal.shared.ui.LanguageMenu;
import org.springframework.beans.factory.ObjectProvider;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm loginForm = new LoginForm();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser, ObjectProvider<LoginPageHints> hints) {
        this.currentUser = currentUser;
        addClassName("login-view");
        add(LanguageMenu.forPage());
        // at least the window's height, centred; a phone's taller page scrolls from its top (the stylesheet)
        setWidthFull();
        setMinHeight("100%");
        setAlignItems(Alignment.CENTER);

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(true);
        loginForm.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        loginForm.setI18n(i18n());

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        Div links = new Div(
                new Anchor("register", getTranslation("login.register")),
                new Text(" · "),
                new Anchor("directory", getTranslation("login.directory")));
        links.addClassName("login-links");

        add(title, tagline, loginForm, links);
        hints.ifAvailable(available -> add(demoLogins(available.demoLogins(), available.demoTwoFactorSecret())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        QueryParameters parameters = event.getLocation().getQueryParameters();
        LoginI18n i18n = i18n();
        // an old "?locked=<time>" address (accounts are no longer locked) shows the plain form
        if (parameters.getParameters().containsKey("throttled")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
            loginForm.setI18n(i18n);
            loginForm.setError(true);
        } else if (parameters.getParameters().containsKey("disabled")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.disabled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.disabled.message"));
            loginForm.setI18n(i18n);
            loginForm.setError(true);
        } else if (parameters.getParameters().containsKey("error")) {
            loginForm.setError(true);
        }
        if (loginForm.isError()) {
            keepTriedEmail();
        }
    }

    /** After a failed login the e-mail stays in its field; only the password is typed again. */
    private void keepTriedEmail() {
        VaadinSession session = VaadinSession.getCurrent();
        Object tried = session == null ? null : session.getSession().getAttribute(LoginSession.LAST_EMAIL);
        if (tried instanceof String email && !email.isBlank()) {
            loginForm
                    .getElement()
                    .executeJs(
                            "const field = this.querySelector('[name=username]'); if (field) { field.value = $0; }",
                            email);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    private Div demoLogins(List<LoginPageHints.DemoLogin> logins, String secret) {
        Div box = new Div();
        box.addClassName("demo-logins");
        box.add(new H2(getTranslation("login.demo.title")));
        for (LoginPageHints.DemoLogin login : logins) {
            Div line = new Div(
                    new Span(getTranslation("role." + login.role())),
                    new Span(login.email()),
                    new Span(login.password()));
            line.addClassName("demo-login");
            box.add(line);
        }
        if (!secret.isBlank()) {
            Paragraph twoFactor = new Paragraph(getTranslation("login.demo.two-factor", secret));
            twoFactor.addClassName("demo-two-factor");
            box.add(twoFactor);
        }
        return box;
    }
}
