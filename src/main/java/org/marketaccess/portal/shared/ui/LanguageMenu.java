package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;
import org.marketaccess.portal.shared.Languages;

/**
 * The small language menu of every page, before login too (decision 026): a globe with the current
 * language's code, opening the three languages, each named in itself. A choice is remembered for
 * the browser (a cookie), for the session, and, once someone is signed in, for their account (the
 * shell's language setup saves the session's pending choice); then the page reloads, so that every
 * text of the current view is written again in the new language.
 */
public class LanguageMenu extends Composite<MenuBar> {

    /** The browser's last choice: read when a new session starts, before its Accept-Language. */
    public static final String COOKIE = "portal-language";

    /** A choice made in this session and not yet saved on an account (a {@link Locale}). */
    public static final String PENDING = LanguageMenu.class.getName() + ".pending";

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    public LanguageMenu() {
        MenuBar bar = getContent();
        bar.addClassName("language-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Locale current = Languages.of(
                        UI.getCurrent() == null ? null : UI.getCurrent().getLocale())
                .orElse(Languages.ENGLISH);
        Span code = new Span(current.getLanguage().toUpperCase(Locale.ROOT));
        code.addClassName("language-code");
        MenuItem root = bar.addItem(new Icon("vaadin", "globe"));
        root.add(code);
        root.getElement().setAttribute("aria-label", getTranslation("language.menu") + ": " + name(current));
        bar.setTooltipText(root, getTranslation("language.menu"));
        SubMenu languages = root.getSubMenu();
        for (Locale language : Languages.SUPPORTED) {
            MenuItem item = languages.addItem(name(language), click -> choose(language));
            item.getElement().setAttribute("lang", language.getLanguage());
            item.setCheckable(true);
            item.setChecked(language.equals(current));
        }
    }

    /** The menu at the top right of a page without the main layout (login, registration, links from mails). */
    public static LanguageMenu forPage() {
        LanguageMenu menu = new LanguageMenu();
        menu.addClassName("page-language");
        return menu;
    }

    /** A language named in itself, capitalized: "English", "Español", "Català". */
    static String name(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** Switches this session (and browser) to {@code language} and writes the page again in it. */
    public static void choose(Locale language) {
        Locale chosen = Languages.of(language).orElse(Languages.ENGLISH);
        remember(chosen);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(PENDING, chosen);
        session.setLocale(chosen);
        UI.getCurrent().getPage().reload();
    }

    /** Sets the browser's cookie to {@code language}, when there is a response to carry it. */
    public static void remember(Locale language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language.getLanguage());
        cookie.setPath(contextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        VaadinRequest request = VaadinRequest.getCurrent();
        cookie.setSecure(request != null && request.isSecure());
        response.addCookie(cookie);
    }

    private static String contextPath() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
