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
import org.marketaccess.portal.identity.internal.AccountRepository;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.TextRules;
import org.marketaccess.portal.shared.UniqueConstraint;
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

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /**
     * Creates the account of a person registering a startup or a provider. Anyone may register, but
     * only for the two self-service roles; the caller (registration) links it to its organization in
     * the same transaction.
     */
    @PermitAll
    public AccountId registerMember(NewAccount account) {
        if (!Roles.SELF_REGISTERED.contains(account.role())) {
            throw new InvalidInputException("role", "account.role.not-self-service");
        }
        return create(account);
    }

    /** Creates an account with any role: program managers and administrators are made this way. */
    public AccountId createAccount(NewAccount account) {
        return create(account);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public boolean isEmailRegistered(String email) {
        return email != null && accounts.existsByEmail(normalize(email));
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
        events.publishEvent(new AccountDeleted(me.id()));
    }

    private AccountId create(NewAccount account) {
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
        try {
            accounts.saveAndFlush(new Account(
                    id.value(),
                    email,
                    TextRules.clean(account.displayName()),
                    passwordEncoder.encode(account.password()),
                    account.role(),
                    clock.instant()));
        } catch (DataIntegrityViolationException refused) {
            if (UniqueConstraint.violated(refused, "uq_account_email")) {
                // someone registered the same e-mail between the check above and this insert
                throw new InvalidInputException("email", "account.email.taken");
            }
            throw refused;
        }
        events.publishEvent(new AccountCreated(id, email, account.role()));
        return id;
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
