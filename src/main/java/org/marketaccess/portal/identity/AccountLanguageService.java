package org.marketaccess.portal.identity;

import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marketaccess.portal.identity.internal.Account;
import org.marketaccess.portal.identity.internal.AccountRepository;
import org.marketaccess.portal.shared.InvalidInputException;
import org.marketaccess.portal.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each account reads in (decision 026): the signed-in person's own, and the languages of
 * the people the portal writes to, so that each mail and notice is in its reader's language.
 */
@Service
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER, Roles.PROGRAM_MANAGER, Roles.ADMIN})
@Transactional
public class AccountLanguageService {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    AccountLanguageService(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The signed-in person's language, empty while the account has none yet. */
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        return accounts.findById(currentUser.require().id().value())
                .map(Account::language)
                .flatMap(Languages::of);
    }

    /** Keeps {@code language} (one of {@link Languages#SUPPORTED}) as the signed-in person's language. */
    public void changeMyLanguage(Locale language) {
        Locale supported =
                Languages.of(language).orElseThrow(() -> new InvalidInputException("language", "language.unsupported"));
        accounts.findById(currentUser.require().id().value()).orElseThrow().changeLanguage(supported.getLanguage());
    }

    /**
     * The language of each of {@code emails} (account e-mails): its account's, English for an account
     * without one or an address without an account. In the order given.
     */
    @RolesAllowed({Roles.PROGRAM_MANAGER, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, Locale> languagesOf(Collection<String> emails) {
        Map<String, Locale> languages = new LinkedHashMap<>();
        for (String email : emails) {
            languages.put(
                    email,
                    accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                            .map(Account::language)
                            .map(Languages::orEnglish)
                            .orElse(Languages.ENGLISH));
        }
        return languages;
    }
}
