package org.marketaccess.portal.organization;

import java.util.regex.Pattern;

/** A website as people type it: "harborview.example" means https://harborview.example. */
final class Websites {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern HOST_FIRST = Pattern.compile("^[^\\s<>\"/:]+\\.[^\\s<>\"]+$");

    private Websites() {}

    /** The address with {@code https://} in front when it was typed without a scheme; otherwise as typed. */
    static String withScheme(String website) {
        if (website == null) {
            return null;
        }
        String typed = website.strip();
        if (typed.isEmpty()
                || SCHEME.matcher(typed).matches()
                || !HOST_FIRST.matcher(typed).matches()) {
            return typed;
        }
        return "https://" + typed;
    }
}
