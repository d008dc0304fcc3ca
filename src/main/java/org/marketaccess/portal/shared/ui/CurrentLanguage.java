package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.marketaccess.portal.shared.Languages;

/**
 * The language of the person in front of the current Vaadin request, if there is one: the UI's locale,
 * else the session's. Empty in a background thread, a scheduled job or a test without a UI.
 */
public final class CurrentLanguage {

    private CurrentLanguage() {}

    public static Optional<Locale> get() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return Languages.of(ui.getLocale());
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Languages.of(session.getLocale());
    }

    /** The current language, English when nobody's is known (a job, a mail sweep). */
    public static Locale orEnglish() {
        return get().orElse(Languages.ENGLISH);
    }
}
