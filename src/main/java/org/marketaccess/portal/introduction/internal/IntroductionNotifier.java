package org.marketaccess.portal.introduction.internal;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.marketaccess.portal.cluster.ManagerClusterService;
import org.marketaccess.portal.identity.AccountLanguageService;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.introduction.IntroductionEvents.Change;
import org.marketaccess.portal.introduction.IntroductionEvents.IntroductionChanged;
import org.marketaccess.portal.introduction.IntroductionStatus;
import org.marketaccess.portal.introduction.Party;
import org.marketaccess.portal.notification.Notice;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.organization.ContactPersonData;
import org.marketaccess.portal.organization.OrganizationId;
import org.marketaccess.portal.organization.OrganizationProfile;
import org.marketaccess.portal.organization.OrganizationService;
import org.marketaccess.portal.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each party concerned about a step, once, after the step committed: the requester's and the
 * recipient's members and the program. The event publication registry replays a step whose
 * notices were not handed over (a crash); the notice keys make a replay harmless.
 */
@Component
class IntroductionNotifier {

    private final IntroductionRepository introductions;
    private final OrganizationService organizations;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final String baseUrl;
    private final AccountLanguageService languages;

    IntroductionNotifier(
            IntroductionRepository introductions,
            OrganizationService organizations,
            AccountService accounts,
            NotificationService notifications,
            AccountLanguageService languages,
            ManagerClusterService managerClusters,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.managerClusters = managerClusters;
        this.introductions = introductions;
        this.organizations = organizations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.languages = languages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private final ManagerClusterService managerClusters;

    @ApplicationModuleListener
    void on(IntroductionChanged event) {
        runAsSystem(
                () -> introductions.findById(event.introductionId().value()).ifPresent(found -> notify(event, found)));
    }

    private void notify(IntroductionChanged event, Introduction introduction) {
        Change change = event.change();
        switch (change) {
            case REQUESTED, RESUBMITTED -> toProgram(event, introduction, List.of());
            case INFORMATION_REQUESTED, DECLINED_BY_PROGRAM -> toRequester(event, introduction, List.of());
            case APPROVED, REMINDED -> {
                if (change == Change.APPROVED) {
                    toRequester(event, introduction, List.of());
                }
                toRecipient(event, introduction, List.of());
            }
            case ACCEPTED -> {
                // the introduction e-mail: both sides, the program manager who approved it in copy
                List<String> copy = deciderCopy(introduction);
                toRequester(event, introduction, copy);
                toRecipient(event, introduction, copy);
            }
            case DECLINED_BY_RECIPIENT, EXPIRED -> {
                toRequester(event, introduction, List.of());
                if (change == Change.EXPIRED) {
                    toRecipient(event, introduction, List.of());
                }
                toDecider(event, introduction);
            }
            case WITHDRAWN -> {
                if (introduction.expiresAt() != null) {
                    toRecipient(event, introduction, List.of());
                    toDecider(event, introduction);
                } else {
                    toProgram(event, introduction, List.of());
                }
            }
            case OUTCOME_RECORDED -> {
                if (event.actor() != Party.REQUESTER) {
                    toRequester(event, introduction, List.of());
                }
                if (event.actor() != Party.RECIPIENT) {
                    toRecipient(event, introduction, List.of());
                }
                if (event.actor() != Party.PROGRAM) {
                    toDecider(event, introduction);
                }
            }
        }
    }

    private void toRequester(IntroductionChanged event, Introduction introduction, List<String> copy) {
        send(event, introduction, "requester", members(introduction.requesterOrg()), copy, Party.REQUESTER);
    }

    private void toRecipient(IntroductionChanged event, Introduction introduction, List<String> copy) {
        send(event, introduction, "recipient", members(introduction.recipientOrg()), copy, Party.RECIPIENT);
    }

    private void toProgram(IntroductionChanged event, Introduction introduction, List<String> copy) {
        send(event, introduction, "program", program(introduction), copy, Party.PROGRAM);
    }

    /**
     * The program managers who work the request: those of either side's cluster (decision 028); a
     * manager of other clusters learns nothing of it, not even by mail.
     */
    private List<String> program(Introduction introduction) {
        List<String> all = accounts.emailsWithRole(Roles.PROGRAM_MANAGER);
        if (introduction.clusters() == null) {
            return all;
        }
        java.util.Set<String> theirs =
                java.util.Set.copyOf(accounts.emailsOf(managerClusters.managersOf(new java.util.HashSet<>(List.of(
                        introduction.clusters().requester(),
                        introduction.clusters().recipient())))));
        return all.stream().filter(theirs::contains).toList();
    }

    /** The program manager who decided the request, or the whole program when none did. */
    private void toDecider(IntroductionChanged event, Introduction introduction) {
        List<String> decider = deciderCopy(introduction);
        send(
                event,
                introduction,
                "program",
                decider.isEmpty() ? program(introduction) : decider,
                List.of(),
                Party.PROGRAM);
    }

    private List<String> deciderCopy(Introduction introduction) {
        String decidedBy = introduction.decidedBy();
        return decidedBy == null
                ? List.of()
                : accounts.emailsWithRole(Roles.PROGRAM_MANAGER).stream()
                        .filter(decidedBy::equalsIgnoreCase)
                        .toList();
    }

    private List<String> members(UUID organization) {
        return accounts.emailsOf(organizations.memberAccounts(new OrganizationId(organization)));
    }

    /**
     * One notice per language among {@code to} (decision 026): each member reads the step in their own
     * language, in the mail and in the portal. The English notice keeps the key the notice always had;
     * a Spanish or Catalan one's key ends in its code, so a replay stays harmless.
     * The copy goes with the first group only, so that the program manager gets it once.
     */
    private void send(
            IntroductionChanged event,
            Introduction introduction,
            String partyKey,
            List<String> to,
            List<String> copy,
            Party party) {
        if (to.isEmpty()) {
            return;
        }
        String key =
                "introduction:" + introduction.id() + ":" + event.version() + ":" + event.change() + ":" + partyKey;
        Map<Locale, List<String>> byLanguage = new LinkedHashMap<>();
        languages.languagesOf(to).forEach((email, language) -> byLanguage
                .computeIfAbsent(language, any -> new ArrayList<>())
                .add(email));
        boolean first = true;
        for (Map.Entry<Locale, List<String>> group : byLanguage.entrySet()) {
            Locale language = group.getKey();
            String groupKey = language.equals(Languages.ENGLISH) ? key : key + ":" + language.getLanguage();
            send(event, introduction, partyKey, party, language, groupKey, group.getValue(), first ? copy : List.of());
            first = false;
        }
    }

    private void send(
            IntroductionChanged event,
            Introduction introduction,
            String partyKey,
            Party party,
            Locale language,
            String key,
            List<String> to,
            List<String> copy) {
        String change = event.change().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object[] args = {
            introduction.needTitle(),
            introduction.opportunityTitle(),
            otherName(introduction, party, language),
            introduction.expiresAt() == null
                    ? ""
                    : Languages.longDate(language)
                            .format(introduction.expiresAt().atZone(ZoneOffset.UTC)),
            event.reason() == null ? "" : text(language, "introduction.decline-reason." + event.reason()),
            event.note() == null ? "" : event.note(),
            event.change() == Change.OUTCOME_RECORDED ? text(language, "introduction.outcome." + event.after()) : "",
        };
        String prefix = "mail.introduction." + change;
        String subject = partyText(language, prefix, partyKey, ".subject", args);
        StringBuilder body = new StringBuilder(partyText(language, prefix, partyKey, ".body", args));
        if (event.change() == Change.APPROVED && event.note() != null) {
            body.append("\n\n").append(text(language, "mail.introduction.program-note", event.note()));
        }
        if (event.change() == Change.ACCEPTED && introduction.status() == IntroductionStatus.INTRODUCED) {
            body.append("\n\n").append(contacts(introduction.requesterOrg(), language));
            body.append("\n").append(contacts(introduction.recipientOrg(), language));
        }
        String link = "introductions/" + introduction.id();
        body.append("\n\n").append(text(language, "mail.introduction.link", baseUrl + "/" + link));
        notifications.deliver(new Notice(key, to, copy, subject, body.toString(), link));
    }

    /** The other side's name for this party, or "an anonymous …" while it is still hidden. */
    private String otherName(Introduction introduction, Party party, Locale language) {
        boolean introduced =
                introduction.status() == IntroductionStatus.INTRODUCED || introduction.introducedAt() != null;
        return switch (party) {
            case REQUESTER ->
                introduction.recipientAnonymous() && !introduced
                        ? text(language, "introduction.anonymous-organization")
                        : introduction.recipientName();
            case RECIPIENT ->
                introduction.requesterAnonymous() && !introduced
                        ? text(language, "introduction.anonymous-organization")
                        : introduction.requesterName();
            case PROGRAM -> introduction.requesterName() + " → " + introduction.recipientName();
        };
    }

    private String contacts(UUID organization, Locale language) {
        OrganizationProfile profile =
                organizations.organization(new OrganizationId(organization)).orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(text(language, "mail.introduction.contacts-of", profile.name()));
        for (ContactPersonData person : profile.contacts()) {
            String phone = person.phone() == null || person.phone().isBlank() ? "" : ", " + person.phone();
            lines.add("  - " + person.name() + ", " + person.email() + phone);
        }
        return String.join("\n", lines);
    }

    /** The party's own wording of a step where it has one ({@code ….requester.body}), else the common one. */
    private static String partyText(Locale language, String prefix, String partyKey, String suffix, Object[] args) {
        String own = Languages.find(language, prefix + "." + partyKey + suffix, args);
        return own != null ? own : text(language, prefix + suffix, args);
    }

    private static String text(Locale language, String key, Object... args) {
        return Languages.text(language, key, args);
    }
}
