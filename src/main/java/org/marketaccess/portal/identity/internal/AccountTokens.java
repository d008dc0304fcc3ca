package org.marketaccess.portal.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.identity.internal.AccountToken.Purpose;
import org.springframework.stereotype.Component;

/**
 * Makes and finds the single-use links of account mails. A secret is 32 random bytes (256 bits),
 * so guessing one is hopeless and a plain SHA-256 is enough to store it: unlike a password it needs
 * no slow hash.
 */
@Component
public class AccountTokens {

    private static final int SECRET_BYTES = 32;
    /** Longer input is no secret of ours; it is not even hashed. */
    private static final int MAX_SECRET = 100;

    private final SecureRandom random = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A secret that a token saved for the account now stands for; only its hash is stored. */
    public Issued issue(UUID accountId, Purpose purpose, Duration validity) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // microseconds, as the database keeps them: an expiry read back is the one that was meant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AccountToken token = tokens.save(new AccountToken(accountId, purpose, hash(secret), now, now.plus(validity)));
        return new Issued(token.id(), secret, now.plus(validity));
    }

    public Optional<AccountToken> find(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(hash(secret.strip()), purpose);
    }

    /** How many links of a purpose the account was sent since {@code since}. */
    public long issuedSince(UUID accountId, Purpose purpose, Instant since) {
        return tokens.countByAccountIdAndPurposeAndCreatedAtAfter(accountId, purpose, since);
    }

    /**
     * Uses the link and ends the account's other open links of the same purpose.
     *
     * @return false when another request used it first
     */
    public boolean use(AccountToken token) {
        Instant now = clock.instant();
        if (tokens.use(token.id(), now) != 1) {
            return false;
        }
        tokens.useAll(token.accountId(), token.purpose(), now);
        return true;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public record Issued(UUID tokenId, String secret, Instant expiresAt) {}
}
