package org.marketaccess.portal.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored side of two-factor login, for TwoFactorService: secrets, time steps, recovery codes. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class TwoFactorRecords {

    private final TwoFactorRepository twoFactors;
    private final RecoveryCodeRepository recoveryCodes;
    private final AccountRepository accounts;
    private final SecretCipher cipher;

    TwoFactorRecords(
            TwoFactorRepository twoFactors,
            RecoveryCodeRepository recoveryCodes,
            AccountRepository accounts,
            SecretCipher cipher) {
        this.twoFactors = twoFactors;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.cipher = cipher;
    }

    public boolean enrolled(UUID account) {
        return twoFactors.existsById(account);
    }

    public String base32(byte[] secret) {
        return Base32.encode(secret);
    }

    /** The time step a code is right for, checking a secret not stored yet (enrolment). */
    public OptionalLong check(String base32Secret, String code, Instant now) {
        try {
            return Totp.matchingStep(Base32.decode(base32Secret), code, now, Long.MIN_VALUE);
        } catch (IllegalArgumentException notBase32) {
            return OptionalLong.empty();
        }
    }

    public void enrol(UUID account, String base32Secret, long usedStep, Instant now) {
        twoFactors.findById(account).ifPresent(earlier -> {
            twoFactors.delete(earlier);
            twoFactors.flush();
        });
        twoFactors.save(new TwoFactor(account, cipher.seal(Base32.decode(base32Secret)), now, usedStep));
    }

    /** Whether the code is right now and for a step not used before; the step is then spent. */
    public boolean useCode(UUID account, String code, Instant now) {
        Optional<TwoFactor> found = twoFactors.findById(account);
        if (found.isEmpty()) {
            return false;
        }
        TwoFactor twoFactor = found.get();
        OptionalLong step = Totp.matchingStep(cipher.open(twoFactor.sealedSecret()), code, now, twoFactor.lastStep());
        step.ifPresent(twoFactor::use);
        return step.isPresent();
    }

    public void replaceRecoveryCodes(UUID account, List<String> hashes) {
        recoveryCodes.deleteByAccountId(account);
        recoveryCodes.flush();
        hashes.forEach(hash -> recoveryCodes.save(new RecoveryCode(UUID.randomUUID(), account, hash)));
    }

    public boolean useRecoveryCode(UUID account, String hash, Instant now) {
        Optional<RecoveryCode> found = recoveryCodes.findByAccountIdAndCodeHashAndUsedAtIsNull(account, hash);
        found.ifPresent(code -> code.use(now));
        return found.isPresent();
    }

    public long recoveryCodesLeft(UUID account) {
        return recoveryCodes.countByAccountIdAndUsedAtIsNull(account);
    }

    /** Removes the authenticator and the recovery codes; the account's e-mail when there was one. */
    public Optional<String> remove(UUID account) {
        Optional<TwoFactor> found = twoFactors.findById(account);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        twoFactors.delete(found.get());
        recoveryCodes.deleteByAccountId(account);
        return accounts.findById(account).map(Account::email);
    }
}
