package org.marketaccess.portal.privacy;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marketaccess.portal.identity.AccountLanguageService;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.CurrentUser;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.identity.SignedInUser;
import org.marketaccess.portal.introduction.IntroductionService;
import org.marketaccess.portal.introduction.IntroductionSummary;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.opportunity.OpportunityService;
import org.marketaccess.portal.opportunity.OpportunitySummary;
import org.marketaccess.portal.organization.ColleagueService;
import org.marketaccess.portal.organization.OrganizationService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the portal holds about the signed-in member, as one JSON document, and the deletion of their
 * account (decision 023). Members only: staff accounts are managed by administrators.
 */
@Service
@RolesAllowed({Roles.STARTUP, Roles.PROVIDER})
@Transactional
public class PrivacyService {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AccountLanguageService languages;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final OrganizationService organizations;
    private final ColleagueService colleagues;
    private final NeedService needs;
    private final OpportunityService opportunities;
    private final IntroductionService introductions;
    private final NotificationService notifications;
    private final Clock clock;

    PrivacyService(
            CurrentUser currentUser,
            AccountService accounts,
            OrganizationService organizations,
            ColleagueService colleagues,
            NeedService needs,
            OpportunityService opportunities,
            IntroductionService introductions,
            NotificationService notifications,
            AccountLanguageService languages,
            Clock clock) {
        this.currentUser = currentUser;
        this.languages = languages;
        this.accounts = accounts;
        this.organizations = organizations;
        this.colleagues = colleagues;
        this.needs = needs;
        this.opportunities = opportunities;
        this.introductions = introductions;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Everything about the member and their organization, as indented UTF-8 JSON. */
    @Transactional(readOnly = true)
    public byte[] myDataAsJson() {
        return JSON.writeValueAsBytes(myData());
    }

    /** The document {@link #myDataAsJson} writes: account, organization, members, postings, introductions, notifications. */
    @Transactional(readOnly = true)
    public Map<String, Object> myData() {
        SignedInUser me = currentUser.require();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", me.id().toString());
        account.put("email", me.email());
        account.put("name", me.displayName());
        account.put("role", me.role());
        runAsSystem(() -> accounts.find(me.id()))
                .ifPresent(
                        summary -> account.put("createdAt", summary.createdAt().toString()));
        // the language the portal writes to them in (decision 026)
        account.put("language", languages.myLanguage().map(Locale::getLanguage).orElse(null));
        data.put("account", account);
        data.put("organization", organizations.myOrganization().orElse(null));
        data.put("members", colleagues.colleagues());
        data.put("pendingInvitations", colleagues.pendingInvitations());
        if (me.hasRole(Roles.STARTUP)) {
            data.put(
                    "needs",
                    needs.mine(Set.of(), Pageable.unpaged()).stream()
                            .map(NeedSummary::id)
                            .map(id -> needs.find(id).orElse(null))
                            .toList());
        } else {
            data.put(
                    "opportunities",
                    opportunities.mine(Set.of(), Pageable.unpaged()).stream()
                            .map(OpportunitySummary::id)
                            .map(id -> opportunities.find(id).orElse(null))
                            .toList());
        }
        List<IntroductionSummary> mine = introductions.mine();
        data.put(
                "introductions",
                mine.stream()
                        .map(summary -> introductions.details(summary.id()).orElse(null))
                        .toList());
        data.put("notifications", notifications.mine(NotificationService.MAX_LIMIT));
        return data;
    }

    /**
     * Deletes the signed-in member's account after checking their password: their notifications and
     * the mails to them alone are erased, their membership ends, contact entries naming them are
     * erased, and the account is erased in place. All or nothing: a wrong password changes nothing.
     */
    public void deleteMyAccount(String currentPassword) {
        notifications.forgetMine();
        colleagues.forgetMe();
        accounts.deleteMyAccount(currentPassword);
    }
}
