package org.marketaccess.portal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.marketaccess.portal.identity.IdentityEvents.AccountCreated;
import org.marketaccess.portal.identity.IdentityEvents.AccountDeleted;
import org.marketaccess.portal.identity.IdentityEvents.AccountEnabledChanged;
import org.marketaccess.portal.identity.IdentityEvents.AccountRoleChanged;
import org.marketaccess.portal.identity.internal.Account;
import org.marketaccess.portal.identity.internal.AccountMails;
import org.marketaccess.portal.identity.internal.AccountRepository;
import org.marketaccess.portal.identity.internal.AccountTokenRepository;
import org.marketaccess.portal.identity.internal.TwoFactorRecords;
import org.marketaccess.portal.shared.EmailAddresses;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.shared.UniqueConstraint;
import org.marketaccess.portal.shared.ui.CurrentLanguage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and administers accounts. Administrators manage accounts; registration creates members. */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AccountMails mails;
    private final TwoFactorRecords twoFactors;
    private final AccountTokenRepository tokens;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            CurrentUser currentUser,
            AccountMails mails,
            TwoFactorRecords twoFactors,
            AccountTokenRepository tokens) {
        this.twoFactors = twoFactors;
        this.tokens = tokens;
        this.mails = mails;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /**
     * Creates the account of a member of a startup or a provider whose address is known to be theirs:
     * made by the program, or by someone who followed a link mailed to it. Only the two self-service
     * roles; the caller links it to its organization in the same transaction.
     */
    @PermitAll
    public AccountId registerMember(NewAccount account) {
        if (!Roles.SELF_REGISTERED.contains(account.role())) {
            throw new InvalidInputException("role", "account.role.not-self-service");
        }
        return new AccountId(create(account).id());
    }

    /**
     * A person signs up on their own. The answer never tells whether the address has an account
     * (docs/decisions/021): for a new address the account is created unverified and its verification
     * link mailed; for a known one nothing is created and the owner is told by mail that someone tried.
     *
     * @return the new account, or empty when the address had one already
     */
    @PermitAll
    public Optional<AccountId> signUp(NewAccount account) {
        if (!Roles.SELF_REGISTERED.contains(account.role())) {
            throw new InvalidInputException("role", "account.role.not-self-service");
        }
        String email = normalize(account.email());
        Optional<Account> existing = email.isEmpty() ? Optional.empty() : accounts.findByEmail(email);
        if (existing.isPresent()) {
            // as slow as creating an account, so that the time of the answer tells nothing either
            passwordEncoder.encode(account.password());
            mails.registrationAttempt(existing.get());
            return Optional.empty();
        }
        Account created = create(account);
        created.awaitEmailVerification();
        mails.verificationLink(created, EmailVerificationService.VALIDITY);
        return Optional.of(new AccountId(created.id()));
    }

    /** Creates an account with any role: program managers and administrators are made this way. */
    public AccountId createAccount(NewAccount account) {
        return new AccountId(create(account).id());
    }

    @PermitAll
    @Transactional(readOnly = true)
    public boolean isEmailRegistered(String email) {
        return EmailAddresses.mailable(normalize(email)) && accounts.existsByEmail(normalize(email));
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> accounts(String emailOrNameContains, Pageable pageable) {
        // what the text rule refuses is in no account: dropped, so that a NUL never reaches PostgreSQL
        String filter = emailOrNameContains == null
                ? ""
                : TextRules.searchable(emailOrNameContains).trim().toLowerCase(Locale.ROOT);
        return accounts.search(filter, pageable).map(Account::toSummary);
    }

    @Transactional(readOnly = true)
    public Map<String, Long> countByRole() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Roles.ALL.forEach(role -> counts.put(role, accounts.countByRole(role)));
        return counts;
    }

    /** E-mail addresses of the enabled accounts among {@code ids}: whom the system may notify. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> emailsOf(Collection<AccountId> ids) {
        return accounts
                .findAllByIdInAndEnabledTrueOrderByEmail(
                        ids.stream().map(AccountId::value).toList())
                .stream()
                .map(Account::email)
                .toList();
    }

    /** E-mail addresses of the enabled accounts with a role, e.g. every program manager. */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<String> emailsWithRole(String role) {
        return accounts.findAllByRoleAndEnabledTrueOrderByEmail(role).stream()
                .map(Account::email)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(AccountId id) {
        return accounts.findById(id.value()).map(Account::toSummary);
    }

    public void changeRole(AccountId id, String role) {
        if (!Roles.isRole(role)) {
            throw new InvalidInputException("role", "account.role.unknown");
        }
        refuseSelf(id);
        Account account = load(id);
        String before = account.role();
        if (!before.equals(role)) {
            account.changeRole(role);
            events.publishEvent(new AccountRoleChanged(id, account.email(), before, role));
        }
    }

    public void setEnabled(AccountId id, boolean enabled) {
        refuseSelf(id);
        Account account = load(id);
        if (account.enabled() != enabled) {
            account.setEnabled(enabled);
            events.publishEvent(new AccountEnabledChanged(id, account.email(), enabled));
        }
    }

    /**
     * Erases the signed-in member's own account in place (decision 023) after checking their current
     * password. Only members delete themselves; staff accounts are the administrators' to manage.
     * The caller (privacy) erases what the other features hold in the same transaction, before this.
     */
    @RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
    public void deleteMyAccount(String currentPassword) {
        SignedInUser me = currentUser.require();
        Account account = load(me.id());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("password", "account.delete.password-wrong");
        }
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        account.erase(passwordEncoder.encode(java.util.HexFormat.of().formatHex(random)));
        // the authenticator's secret, recovery codes and open links are the person's too
        twoFactors.remove(account.id());
        tokens.deleteByAccountId(account.id());
        events.publishEvent(new AccountDeleted(me.id()));
    }

    private Account create(NewAccount account) {
        Optional<String> passwordProblem = PasswordPolicy.problem(account.password());
        if (passwordProblem.isPresent()) {
            throw new InvalidInputException("password", passwordProblem.get());
        }
        if (!Roles.isRole(account.role())) {
            throw new InvalidInputException("role", "account.role.unknown");
        }
        String email = normalize(account.email());
        if (email.isEmpty()) {
            throw new InvalidInputException("email", "account.email.required");
        }
        if (email.length() > 254) {
            throw new InvalidInputException("email", "account.email.size");
        }
        TextRules.problem(email, false).ifPresent(problem -> {
            throw new InvalidInputException("email", problem);
        });
        if (!EmailAddresses.mailable(email)) {
            // an account the portal cannot mail could never get a reset link
            throw new InvalidInputException("email", "account.email.invalid");
        }
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw new InvalidInputException("displayName", "account.name.required");
        }
        if (account.displayName().strip().length() > 120) {
            throw new InvalidInputException("displayName", "account.name.size");
        }
        TextRules.problem(account.displayName(), false).ifPresent(problem -> {
            throw new InvalidInputException("displayName", problem);
        });
        if (accounts.existsByEmail(email)) {
            throw new InvalidInputException("email", "account.email.taken");
        }
        AccountId id = new AccountId(UUID.randomUUID());
        Account created;
        try {
            created = accounts.saveAndFlush(new Account(
                    id.value(),
                    email,
                    TextRules.clean(account.displayName()),
                    passwordEncoder.encode(account.password()),
                    account.role(),
                    clock.instant()));
            // who signs up reads the portal in a language now: their first mails go out in it (decision 026)
            CurrentLanguage.get().ifPresent(language -> created.changeLanguage(language.getLanguage()));
        } catch (DataIntegrityViolationException refused) {
            if (UniqueConstraint.violated(refused, "uq_account_email")) {
                // someone registered the same e-mail between the check above and this insert
                throw new InvalidInputException("email", "account.email.taken");
            }
            throw refused;
        }
        events.publishEvent(new AccountCreated(id, email, account.role()));
        return created;
    }

    /** An administrator cannot demote or disable themselves and leave the portal without one. */
    private void refuseSelf(AccountId id) {
        if (currentUser.get().map(user -> user.id().equals(id)).orElse(false)) {
            throw new InvalidInputException("role", "account.self-change");
        }
    }

    private Account load(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new InvalidInputException("id", "account.unknown"));
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
