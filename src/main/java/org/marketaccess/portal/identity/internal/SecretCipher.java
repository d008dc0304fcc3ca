package org.marketaccess.portal.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-GCM under {@code portal.security.two-factor.key} (32 bytes,
 * base64), so that a copy of the database alone does not let anyone make codes. Without a key the
 * secrets are stored as they are, marked so, and the start says so (decision 022).
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final String ENCRYPTED = "aes-gcm:";
    private static final String PLAIN = "plain:";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SecretCipher(@Value("${portal.security.two-factor.key:}") String configuredKey) {
        if (configuredKey.isBlank()) {
            key = null;
            log.warn("portal.security.two-factor.key is not set: two-factor secrets are stored unencrypted");
        } else {
            byte[] bytes = Base64.getDecoder().decode(configuredKey.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("portal.security.two-factor.key must be 32 bytes, base64");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
    }

    String seal(byte[] secret) {
        if (key == null) {
            return PLAIN + Base64.getEncoder().encodeToString(secret);
        }
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret);
            return ENCRYPTED
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("Cannot encrypt a two-factor secret", failed);
        }
    }

    byte[] open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return Base64.getDecoder().decode(stored.substring(PLAIN.length()));
        }
        if (key == null) {
            throw new IllegalStateException("An encrypted two-factor secret needs portal.security.two-factor.key");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            return cipher.doFinal(bytes, 12, bytes.length - 12);
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("Cannot decrypt a two-factor secret: wrong key?", failed);
        }
    }
}
