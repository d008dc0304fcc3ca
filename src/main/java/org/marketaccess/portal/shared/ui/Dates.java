package org.marketaccess.portal.shared.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.marketaccess.portal.shared.Languages;

/**
 * Dates on pages, in UTC like everything the portal stores (decision 026). English keeps the ISO form
 * {@code 2026-11-30}: Massachusetts and Yorkshire read {@code 11/30} and {@code 30/11} differently, the
 * ISO form neither. Spanish and Catalan get their own medium form, {@code 30 nov 2026}, with the
 * month's name, so that no reader has to guess the order either.
 */
public final class Dates {

    private Dates() {}

    public static DateTimeFormatter date(Locale locale) {
        Locale language = Languages.of(locale).orElse(Languages.ENGLISH);
        DateTimeFormatter format = language.equals(Languages.ENGLISH)
                ? DateTimeFormatter.ISO_LOCAL_DATE
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        return format.withZone(ZoneOffset.UTC);
    }

    /** A date with the time of day in hours and minutes, 24-hour clock in all three languages. */
    public static DateTimeFormatter dateTime(Locale locale) {
        Locale language = Languages.of(locale).orElse(Languages.ENGLISH);
        DateTimeFormatter format = language.equals(Languages.ENGLISH)
                ? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                : new java.time.format.DateTimeFormatterBuilder()
                        .append(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM))
                        .appendPattern(" HH:mm")
                        .toFormatter(language);
        return format.withZone(ZoneOffset.UTC);
    }
}
