package org.marketaccess.portal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.UUID;
import org.marketaccess.portal.identity.IdentityEvents.RecoveryCodeUsed;
import org.marketaccess.portal.identity.IdentityEvents.SecondFactorFailed;
import org.marketaccess.portal.identity.IdentityEvents.SecondFactorSucceeded;
import org.marketaccess.portal.identity.IdentityEvents.TwoFactorEnrolled;
import org.marketaccess.portal.identity.IdentityEvents.TwoFactorReset;
import org.marketaccess.portal.identity.internal.LoginThrottle;
import org.marketaccess.portal.identity.internal.LoginThrottle.Attempt;
import org.marketaccess.portal.identity.internal.TwoFactorRecords;
import org.marketaccess.portal.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor login with an authenticator app (RFC 6238) and single-use recovery codes (decision 022).
 * Program managers and administrators must enrol; startups and providers may, as
 * {@code portal.security.two-factor.members} says ({@code optional} or {@code off}). Every method
 * works on the signed-in account, except the administrator's reset.
 */
@Service
@PermitAll
@Transactional
public class TwoFactorService {

    /** Recovery codes handed out at enrolment. */
    public static final int RECOVERY_CODES = 10;

    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    /** What enrolment shows once: the secret to type or scan, and where the QR code points. */
    public record Enrolment(String secret, String otpauthUri) {}

    public enum Requirement {
        REQUIRED,
        OPTIONAL,
        OFF
    }

    private final TwoFactorRecords records;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Requirement staff;
    private final Requirement members;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(
            TwoFactorRecords records,
            LoginThrottle throttle,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${portal.security.two-factor.staff:required}") String staff,
            @Value("${portal.security.two-factor.members:optional}") String members) {
        this.records = records;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.staff = Requirement.valueOf(staff.strip().toUpperCase(Locale.ROOT));
        this.members = Requirement.valueOf(members.strip().toUpperCase(Locale.ROOT));
        if (this.members == Requirement.REQUIRED) {
            throw new IllegalStateException("portal.security.two-factor.members is optional or off");
        }
    }

    /** Whether a role must, may or cannot enrol. */
    @Transactional(readOnly = true)
    public Requirement requirementFor(String role) {
        return Roles.PROGRAM_MANAGER.equals(role) || Roles.ADMIN.equals(role) ? staff : members;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(AccountId account) {
        return records.enrolled(account.value());
    }

    /** A new secret for the signed-in account; nothing is stored until {@link #confirm} gets a right code. */
    @Transactional(readOnly = true)
    public Enrolment newEnrolment() {
        SignedInUser user = me();
        if (requirementFor(user.role()) == Requirement.OFF) {
            throw new InvalidInputException("code", "two-factor.off");
        }
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        String base32 = records.base32(secret);
        String label = URLEncoder.encode("Market Access Portal:" + user.email(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return new Enrolment(
                base32,
                "otpauth://totp/" + label + "?secret=" + base32
                        + "&issuer=Market%20Access%20Portal&algorithm=SHA1&digits=6&period=30");
    }

    /**
     * Enrols the signed-in account when {@code code} is right for {@code secret}, replacing any earlier
     * authenticator, and returns the recovery codes, shown once.
     */
    public List<String> confirm(String secret, String code) {
        SignedInUser user = me();
        if (requirementFor(user.role()) == Requirement.OFF) {
            throw new InvalidInputException("code", "two-factor.off");
        }
        OptionalLong step = records.check(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "two-factor.code.wrong");
        }
        UUID account = user.id().value();
        records.enrol(account, secret, step.getAsLong(), clock.instant());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(recoveryCode());
        }
        records.replaceRecoveryCodes(
                account, codes.stream().map(TwoFactorService::hash).toList());
        events.publishEvent(new TwoFactorEnrolled(user.id(), user.email()));
        return codes;
    }

    /**
     * The second step of a login: a code from the app, or an unused recovery code. Wrong ones are
     * slowed down like passwords, per account.
     */
    public boolean verify(String code) {
        SignedInUser user = me();
        Attempt attempt = Attempt.secondFactor(user.email());
        if (throttle.waitFor(attempt).isPresent()) {
            throw new InvalidInputException("code", "two-factor.code.wait");
        }
        String typed = code == null ? "" : code.strip();
        UUID account = user.id().value();
        if (records.useCode(account, typed, clock.instant())) {
            throttle.succeeded(attempt);
            events.publishEvent(new SecondFactorSucceeded(user.id(), user.email()));
            return true;
        }
        if (!typed.isEmpty() && records.useRecoveryCode(account, hash(normalize(typed)), clock.instant())) {
            throttle.succeeded(attempt);
            events.publishEvent(new RecoveryCodeUsed(user.id(), user.email(), records.recoveryCodesLeft(account)));
            return true;
        }
        throttle.failed(attempt);
        events.publishEvent(new SecondFactorFailed(user.id(), user.email()));
        return false;
    }

    @Transactional(readOnly = true)
    public long recoveryCodesLeft() {
        return records.recoveryCodesLeft(me().id().value());
    }

    /** An administrator removes someone's authenticator (a lost phone); they enrol again at their next login. */
    @RolesAllowed(Roles.ADMIN)
    public void reset(AccountId account) {
        records.remove(account.value()).ifPresent(email -> events.publishEvent(new TwoFactorReset(account, email)));
    }

    /** Enrols an account with a known secret: only the demo data does this, with its published demo secret. */
    @RolesAllowed(Roles.ADMIN)
    public void enrolWithKnownSecret(AccountId account, String secret) {
        records.enrol(account.value(), secret, 0, clock.instant());
    }

    private SignedInUser me() {
        return currentUser.require();
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalize(String typed) {
        String bare = typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return bare.length() == 10 ? bare.substring(0, 5) + "-" + bare.substring(5) : bare;
    }

    private static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
