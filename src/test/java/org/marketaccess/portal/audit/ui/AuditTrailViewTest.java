package org.marketaccess.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.organization.OrganizationType;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.Members;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_PROGRAM_MANAGER)
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    Members members;

    @BeforeEach
    void someAuditedActions() {
        // a registration and a verification, so that the trail has rows of more than one action
        members.member(OrganizationType.PROVIDER, true);
    }

    @Test
    void aProgramManagerSeesTheTrailAndNarrowsItByAction() {
        AuditTrailView view = navigate(AuditTrailView.class);
        int all = test(view.grid).size();
        assertThat(all).isGreaterThanOrEqualTo(2);
        assertThat(view.count.getText()).isEqualTo(all + " entries");

        test(view.action).selectItem("Organization verified");

        int verified = test(view.grid).size();
        assertThat(verified).isPositive().isLessThan(all);
        assertThat(view.count.getText()).isEqualTo(verified == 1 ? "1 entry" : verified + " entries");
        for (int row = 0; row < verified; row++) {
            assertThat(test(view.grid).getRow(row).action()).isEqualTo("ORGANIZATION_VERIFIED");
            assertThat(test(view.grid).getCellText(row, 2))
                    .as("the action as people say it")
                    .isEqualTo("Organization verified");
            assertThat(test(view.grid).getCellText(row, 3))
                    .as("the subject by its name")
                    .startsWith("Organization: ")
                    .doesNotMatch(".*[0-9a-f]{8}-[0-9a-f]{4}-.*");
        }
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsExplainedAndChangesNothing() {
        AuditTrailView view = navigate(AuditTrailView.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        test(view.from).setValue(today);
        int shown = test(view.grid).size();
        String count = view.count.getText();
        assertThat(shown).isPositive();

        test(view.to).setValue(today.minusDays(1));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("The last day is before the first day.");
        assertThat(test(view.grid).size()).isEqualTo(shown);
        assertThat(view.count.getText()).isEqualTo(count);

        test(view.to).setValue(today);
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(test(view.grid).size()).isEqualTo(shown);
    }

    @Test
    void theDownloadLinkIsThere() {
        AuditTrailView view = navigate(AuditTrailView.class);
        assertThat(view.download.getText()).isEqualTo("Download CSV");
        assertThat(view.download.getHref()).isNotBlank();
    }

    @Test
    void theDownloadHoldsExactlyWhatTheFilterShows() throws Exception {
        AuditTrailView view = navigate(AuditTrailView.class);
        test(view.action).selectItem("Organization verified");
        int shown = test(view.grid).size();
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(body);

        view.export(new DownloadEvent(
                mock(VaadinRequest.class), response, VaadinSession.getCurrent(), view.download.getElement()));

        String[] lines = body.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("id,occurred_at,actor,action,");
        assertThat(lines).hasSize(shown + 1);
        assertThat(Arrays.stream(lines).skip(1)).allMatch(line -> line.contains(",ORGANIZATION_VERIFIED,"));
        verify(response)
                .setHeader(
                        eq("Content-Disposition"),
                        contains("filename=\"audit-trail-" + LocalDate.now(ZoneOffset.UTC) + ".csv\""));
    }

    @Test
    @WithUserDetails(TestData.DEMO_STARTUP)
    void aStartupCannotOpenTheAuditTrail() {
        UI.getCurrent().navigate("audit");
        assertThat(getCurrentView()).isNotInstanceOf(AuditTrailView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found");
    }

    @Test
    @WithUserDetails(TestData.DEMO_ADMIN)
    void anAdministratorCannotOpenItEither() {
        UI.getCurrent().navigate("audit");
        assertThat(getCurrentView()).isNotInstanceOf(AuditTrailView.class);
    }
}
