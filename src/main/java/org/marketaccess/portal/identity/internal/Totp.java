package org.marketaccess.portal.identity.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes as every authenticator app makes them by default: HMAC-SHA1, 6 digits, 30 seconds.
 * A code is accepted for the time step before and after the current one (clocks drift), and only
 * for a step later than the last one used (no replay).
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

    private Totp() {}

    /** The code for a base32 secret at a time; tests and the demo use it to play the app. */
    public static String code(String base32Secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(Base32.decode(base32Secret)), at);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The time step the code belongs to, if it is right for now ±1 step and later than {@code lastUsedStep}. */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        String typed = code == null ? "" : code.replace(" ", "").strip();
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && matches(secret, typed, step)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static boolean matches(byte[] secret, String typed, long step) {
        try {
            String expected = GENERATOR.generateOneTimePasswordString(
                    key(secret), Instant.ofEpochSecond(step * STEP.toSeconds()));
            return java.security.MessageDigest.isEqual(
                    expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    typed.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, GENERATOR.getAlgorithm());
    }
}
