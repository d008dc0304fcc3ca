package org.marketaccess.portal.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.marketaccess.portal.identity.AccountLanguageService;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.SignedInUser;
import org.marketaccess.portal.shared.Languages;
import org.marketaccess.portal.shared.ui.LanguageMenu;
import org.springframework.stereotype.Component;

/**
 * Which language a session speaks (decision 026). A new session takes the browser's last choice (the
 * language cookie), else the first of its Accept-Language languages that the portal speaks, else
 * English. When someone signs in, a choice made in this session is saved on their account; without
 * one, the account's language applies, and an account without a language keeps the session's.
 */
@Component
class LanguageSetup implements VaadinServiceInitListener {

    /** The account whose language this session has applied (an {@code AccountId}'s UUID). */
    private static final String APPLIED_FOR = LanguageSetup.class.getName() + ".account";

    private final CurrentUser currentUser;
    private final AccountLanguageService languages;

    LanguageSetup(CurrentUser currentUser, AccountLanguageService languages) {
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(this::sessionStarted);
        // a UI's own listener runs before the view of the route is made, so the view is written in it
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void sessionStarted(SessionInitEvent event) {
        event.getSession().setLocale(fromBrowser(event.getRequest()));
    }

    static Locale fromBrowser(VaadinRequest request) {
        Optional<Locale> chosen = cookie(request).flatMap(Languages::of);
        return chosen.orElseGet(() -> Languages.firstSupported(Collections.list(request.getLocales())));
    }

    private static Optional<String> cookie(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (LanguageMenu.COOKIE.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = currentUser.get().orElse(null);
        VaadinSession session = VaadinSession.getCurrent();
        if (user == null || session == null) {
            return;
        }
        Locale pending = (Locale) session.getAttribute(LanguageMenu.PENDING);
        String applied = (String) session.getAttribute(APPLIED_FOR);
        String account = user.id().value().toString();
        if (pending != null) {
            // chosen in this session, before login or just now: the person's latest wish
            languages.changeMyLanguage(pending);
            session.setAttribute(LanguageMenu.PENDING, null);
        } else if (!account.equals(applied)) {
            Optional<Locale> own = languages.myLanguage();
            if (own.isPresent()) {
                session.setLocale(own.get());
                LanguageMenu.remember(own.get());
            } else {
                languages.changeMyLanguage(Languages.of(session.getLocale()).orElse(Languages.ENGLISH));
            }
        }
        session.setAttribute(APPLIED_FOR, account);
    }
}
