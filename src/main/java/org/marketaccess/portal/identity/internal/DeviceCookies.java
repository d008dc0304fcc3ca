package org.marketaccess.portal.identity.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * OWASP's device cookies: a browser that logged in to an account gets a signed cookie, and its later
 * attempts at that account are counted on their own, so strangers being slowed down never slow the
 * owner's browser. The cookie holds a random nonce and an HMAC over the nonce and the e-mail, never
 * the e-mail itself. Without {@code portal.security.device-cookie-key} the key is drawn at start, and
 * cookies from before a restart are simply not recognised (those browsers are counted as any other).
 */
@Component
class DeviceCookies {

    static final String NAME = "portal-login-device";
    static final Duration LIFETIME = Duration.ofDays(180);

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    DeviceCookies(@Value("${portal.security.device-cookie-key:}") String configuredKey) {
        if (configuredKey.isBlank()) {
            key = new byte[32];
            random.nextBytes(key);
        } else {
            key = configuredKey.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The nonce of this request's device cookie when it was issued for {@code email}, else null. */
    String validFor(HttpServletRequest request, String email) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && cookie.getValue() != null) {
                String[] parts = cookie.getValue().split("\\.", -1);
                if (parts.length == 2 && parts[0].length() <= 64 && signatureMatches(parts[0], parts[1], email)) {
                    return parts[0];
                }
            }
        }
        return null;
    }

    void issue(HttpServletRequest request, HttpServletResponse response, String email) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = ENCODER.encodeToString(bytes);
        String value = nonce + "." + ENCODER.encodeToString(sign(nonce, email));
        ResponseCookie cookie = ResponseCookie.from(NAME, value)
                .path(request.getContextPath() + "/login")
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private boolean signatureMatches(String nonce, String signature, String email) {
        try {
            return MessageDigest.isEqual(sign(nonce, email), DECODER.decode(signature));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private byte[] sign(String nonce, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((nonce + "\n" + LoginThrottle.normalize(email)).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }
}
