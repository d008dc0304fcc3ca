package org.marketaccess.portal.insight.internal;

import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marketaccess.portal.identity.AccountLanguageService;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.insight.Funnel;
import org.marketaccess.portal.insight.Funnel.FunnelStage;
import org.marketaccess.portal.insight.InsightFilter;
import org.marketaccess.portal.insight.InsightService;
import org.marketaccess.portal.insight.InsightSettings;
import org.marketaccess.portal.insight.Waiting;
import org.marketaccess.portal.notification.Notice;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.shared.Languages;
import org.marketaccess.portal.shared.OnceAcrossNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The program managers' monthly summary: last month's funnel and what waits now, with a link to
 * the dashboard, through the notifications (in the app and by e-mail, via the outbox). Sent by a
 * cron schedule ({@code portal.insight.monthly-summary-cron}, the 1st at 07:00 by default), and at
 * start during a month's first week when the portal was down at that moment; the notice key (one
 * per month) makes a second sending do nothing.
 */
@Component
public class MonthlySummary {

    /** A portal started this many days into a month sends last month's summary if it was missed. */
    static final int CATCH_UP_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(MonthlySummary.class);
    private static final String JOB = "insight-monthly-summary";

    private final InsightService insight;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final InsightSettings settings;
    private final Clock clock;
    private final String baseUrl;
    private final AccountLanguageService languages;
    private final OnceAcrossNodes nodes;

    MonthlySummary(
            InsightService insight,
            AccountService accounts,
            AccountLanguageService languages,
            NotificationService notifications,
            InsightSettings settings,
            Clock clock,
            OnceAcrossNodes nodes,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.nodes = nodes;
        this.insight = insight;
        this.accounts = accounts;
        this.languages = languages;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * On one node of several (decision 033); the notice keys would stop a second copy anyway, but the
     * summary is not counted twice. Returns whether it ran here.
     */
    @Scheduled(cron = "${portal.insight.monthly-summary-cron:0 0 7 1 * *}", zone = "${portal.insight.zone:UTC}")
    public boolean onSchedule() {
        return settings.monthlySummary()
                && nodes.once(JOB, Duration.ofMinutes(10), Duration.ofHours(1), () -> send(lastMonth()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (settings.monthlySummary() && today().getDayOfMonth() <= CATCH_UP_DAYS) {
            nodes.once(JOB, Duration.ofMinutes(10), Duration.ofHours(1), () -> send(lastMonth()));
        }
    }

    /** Sends the summary of {@code month} to every program manager; returns how many were addressed. */
    public int send(YearMonth month) {
        return runAsSystem(() -> {
            List<String> managers = accounts.emailsWithRole(Roles.PROGRAM_MANAGER);
            if (managers.isEmpty()) {
                return 0;
            }
            InsightFilter filter =
                    new InsightFilter(month.atDay(1), month.atEndOfMonth(), null, null, null, null, null);
            Funnel funnel = insight.funnel(filter);
            Waiting waiting = insight.waiting(filter, settings.reviewDays());
            // one notice per language among the managers (decision 026); English keeps the old key
            Map<Locale, List<String>> byLanguage = new LinkedHashMap<>();
            languages.languagesOf(managers).forEach((email, language) -> byLanguage
                    .computeIfAbsent(language, any -> new ArrayList<>())
                    .add(email));
            for (Map.Entry<Locale, List<String>> group : byLanguage.entrySet()) {
                Locale language = group.getKey();
                String monthName = month.format(DateTimeFormatter.ofPattern(
                        language.equals(Languages.ENGLISH) ? "MMMM yyyy" : "LLLL yyyy", language));
                notifications.deliver(new Notice(
                        "insight-summary:" + month
                                + (language.equals(Languages.ENGLISH) ? "" : ":" + language.getLanguage()),
                        group.getValue(),
                        List.of(),
                        text(language, "mail.insight.summary.subject", monthName),
                        body(language, monthName, funnel, waiting),
                        "insight"));
            }
            log.info("Monthly summary for {} sent to {} program manager(s)", month, managers.size());
            return managers.size();
        });
    }

    private String body(Locale language, String monthName, Funnel funnel, Waiting waiting) {
        StringBuilder body = new StringBuilder(text(language, "mail.insight.summary.intro", monthName)).append("\n\n");
        for (FunnelStage stage : funnel.stages()) {
            body.append("- ")
                    .append(text(language, "insight.stage." + stage.stage().name()))
                    .append(": ")
                    .append(stage.reached());
            if (stage.fromRequest() != null) {
                body.append(" (").append(Math.round(stage.fromRequest() * 100)).append(" %)");
            }
            body.append('\n');
        }
        body.append('\n')
                .append(text(
                        language,
                        "mail.insight.summary.waiting",
                        waiting.inReviewTooLong(),
                        waiting.reviewDays(),
                        waiting.unanswered(),
                        waiting.expiringSoon()))
                .append("\n\n")
                .append(text(language, "mail.insight.summary.link", baseUrl + "/insight"));
        return body.toString();
    }

    private static String text(Locale language, String key, Object... arguments) {
        return Languages.text(language, key, arguments);
    }

    private YearMonth lastMonth() {
        return YearMonth.from(today()).minusMonths(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }
}
