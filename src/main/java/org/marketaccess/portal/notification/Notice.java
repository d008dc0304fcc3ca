package org.marketaccess.portal.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.marketaccess.portal.shared.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One message about one event to one party: in-app for every account in {@code to}, and one e-mail
 * to {@code to} with {@code cc} in copy.
 *
 * @param key unique per event and party, e.g. {@code introduction:<uuid>:<version>:requester}, at
 *     most {@value #MAX_KEY} characters; delivering the same key again does nothing, so an event
 *     replayed after a crash never duplicates a notification or a mail
 * @param to account e-mails (the login names): each gets the in-app notification and the mail
 * @param cc e-mail addresses in copy of the mail only (may be null or empty)
 * @param subject final text in the recipient's language, at most {@value #MAX_SUBJECT} characters
 * @param body final plain text in the recipient's language, at most {@value #MAX_BODY} characters
 * @param link a route path for the in-app item, e.g. {@code introductions/<uuid>}, or null
 */
public record Notice(String key, List<String> to, List<String> cc, String subject, String body, String link) {

    public static final int MAX_KEY = 200;
    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 10_000;
    public static final int MAX_LINK = 500;
    public static final int MAX_ADDRESS = 254;

    private static final Logger log = LoggerFactory.getLogger(Notice.class);

    /**
     * A plain address: no display name, no list separator (addresses are stored comma-separated), no
     * white space or line break (nothing can be smuggled into a mail header).
     */
    /** A route inside the portal: never a scheme ("javascript:", "https:") nor another host ("//"). */
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%?=&-]*");

    /**
     * Addresses are trimmed and lower-cased (account e-mails are stored so), duplicates dropped, and
     * an address in {@code to} is not repeated in {@code cc}. A subject or body that is too long is
     * cut with "…", and line breaks in the subject become spaces; an address in {@code cc} that
     * cannot be mailed is left out (and logged), so that one odd contact address never stops a
     * notice. A missing key, subject or body, a bad address in {@code to} or a link that is not a
     * route is a programming error: {@link IllegalArgumentException}.
     */
    public Notice {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("key missing or longer than " + MAX_KEY + ": " + key);
        }
        key = key.strip();
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("a notice needs a subject and a body");
        }
        subject = cut(subject.strip().replaceAll("\\s+", " "), MAX_SUBJECT);
        body = cut(body, MAX_BODY);
        to = List.copyOf(addresses("to", to, true));
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a notice needs at least one recipient in 'to'");
        }
        Set<String> copies = addresses("cc", cc, false);
        copies.removeAll(to);
        cc = List.copyOf(copies);
        if (link != null && (link.length() > MAX_LINK || !ROUTE.matcher(link).matches())) {
            throw new IllegalArgumentException("link must be a route path inside the portal: " + link);
        }
    }

    /** A notice without addresses in copy. */
    public Notice(String key, List<String> to, String subject, String body, String link) {
        this(key, to, List.of(), subject, body, link);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Set<String> addresses(String name, List<String> given, boolean required) {
        Set<String> addresses = new LinkedHashSet<>();
        if (given == null) {
            return addresses;
        }
        for (String address : given) {
            String normalized = address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
            if (EmailAddresses.mailable(normalized)) {
                addresses.add(normalized);
            } else if (required) {
                throw new IllegalArgumentException("not an e-mail address in '" + name + "': " + address);
            } else {
                log.warn("Not an e-mail address in '{}', left out of the mail: {}", name, address);
            }
        }
        return addresses;
    }
}
