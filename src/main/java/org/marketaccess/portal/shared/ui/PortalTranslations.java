package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.marketaccess.portal.shared.Languages;
import org.springframework.stereotype.Component;

/**
 * The portal's translation provider, in place of Vaadin's default one (decision 026). Vaadin's
 * {@code DefaultI18NProvider} takes its locales from the names of the translation files: with only
 * {@code translations_es} and {@code translations_ca} beside the base file, English is not among
 * them, and a browser that asks for none of the three falls to whichever file was listed first. Here
 * the three are named, English first, and the JVM's default locale never stands in for a missing file.
 */
@Component
class PortalTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        return Languages.text(locale, key, params);
    }
}
