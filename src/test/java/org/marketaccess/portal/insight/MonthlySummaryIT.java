package org.marketaccess.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketaccess.portal.identity.SystemAuthentication.runAsSystem;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.AccountId;
import org.marketaccess.portal.identity.AccountLanguageService;
import org.marketaccess.portal.identity.AccountService;
import org.marketaccess.portal.identity.NewAccount;
import org.marketaccess.portal.identity.Roles;
import org.marketaccess.portal.insight.internal.MonthlySummary;
import org.marketaccess.portal.shared.Languages;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.IntegrationTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly summary reaches every program manager once, in the app and through the mail outbox,
 * with the month's funnel, what waits and the link to the dashboard.
 */
@IntegrationTest
class MonthlySummaryIT {

    @Autowired
    MonthlySummary summary;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSummaryOfAMonthGoesToEveryProgramManagerOnceWithItsFunnelAndALink() {
        // a month long before any test data: every figure is zero
        YearMonth month = YearMonth.of(2001, 2);
        assertThat(summary.send(month)).isPositive();
        summary.send(month);

        Map<String, Object> mail = jdbc.queryForMap(
                "select to_addresses, subject, body from mail_outbox where notice_key = ?", "insight-summary:" + month);
        assertThat((String) mail.get("to_addresses")).contains(TestData.DEMO_PROGRAM_MANAGER);
        assertThat(mail.get("subject")).isEqualTo("Program summary for February 2001");
        assertThat((String) mail.get("body"))
                .contains("The program's funnel for the requests made in February 2001:")
                .contains("- Requests made: 0")
                .contains("- Contracts signed: 0")
                .contains("What waits now:")
                .contains("Open the dashboard: http://localhost:8080/insight");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where notice_key = ?",
                        Long.class,
                        "insight-summary:" + month))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where notice_key = ? and recipient = ?",
                        Long.class,
                        "insight-summary:" + month,
                        TestData.DEMO_PROGRAM_MANAGER))
                .isEqualTo(1);
    }

    @Autowired
    AccountService accounts;

    @Autowired
    AccountLanguageService languages;

    @Autowired
    ActAs actAs;

    /** Each manager reads the summary in their own language (decision 026): one notice per language. */
    @Test
    void aProgramManagerWhoReadsCatalanGetsTheSummaryInCatalan() {
        String catalan = TestData.unique("pm") + "@example.org";
        AccountId id = runAsSystem(() -> accounts.createAccount(
                new NewAccount(catalan, "Montse Gestora", "a long enough passphrase", Roles.PROGRAM_MANAGER)));
        actAs.user(catalan, () -> languages.changeMyLanguage(Languages.CATALAN));
        try {
            YearMonth month = YearMonth.of(2001, 3);
            summary.send(month);
            Map<String, Object> inCatalan = jdbc.queryForMap(
                    "select to_addresses, subject, body from mail_outbox where notice_key = ?",
                    "insight-summary:" + month + ":ca");
            assertThat((String) inCatalan.get("to_addresses")).isEqualTo(catalan);
            assertThat(inCatalan.get("subject")).isEqualTo("Resum del programa: març 2001");
            assertThat((String) inCatalan.get("body")).contains("(març 2001)");
            assertThat(jdbc.queryForObject(
                            "select to_addresses from mail_outbox where notice_key = ?",
                            String.class,
                            "insight-summary:" + month))
                    .contains(TestData.DEMO_PROGRAM_MANAGER)
                    .doesNotContain(catalan);
        } finally {
            // the shared context's other tests count the program's managers
            runAsSystem(() -> accounts.setEnabled(id, false));
        }
    }
}
