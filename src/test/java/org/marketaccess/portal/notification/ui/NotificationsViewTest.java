package org.marketaccess.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.identity.SystemAuthentication;
import org.marketaccess.portal.notification.Notice;
import org.marketaccess.portal.notification.NotificationService;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_STARTUP)
class NotificationsViewTest extends SpringBrowserlessTest {

    @Autowired
    NotificationService notifications;

    @Test
    void anUnreadNotificationIsShownAndMarkingItReadClearsItHereAndAtTheBell() {
        String subject = deliverToMe("Your introduction was approved", "introductions/42");
        long unreadBefore = notifications.unreadCount();
        assertThat(unreadBefore).isPositive();

        NotificationsView view = navigate(NotificationsView.class);
        Div card = card(view, subject);
        assertThat(card.getClassNames()).contains("notification-unread");
        assertThat(card.getElement().getTextRecursively()).contains("Unread", "Body of " + subject);
        assertThat($(Anchor.class, card).single().getHref()).isEqualTo("introductions/42");
        assertThat(bellCount().getText()).isEqualTo(Long.toString(unreadBefore));
        assertThat(bell().getAriaLabel()).contains("Notifications, " + unreadBefore + " unread");

        test($(Button.class, card).withText("Mark as read").single()).click();

        Div after = card(view, subject);
        assertThat(after.getClassNames()).doesNotContain("notification-unread");
        assertThat($(Button.class, after).withText("Mark as read").exists()).isFalse();
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore - 1);
        // the shell's count follows at once, and is hidden at zero
        assertThat(bellCount().getText()).isEqualTo(Long.toString(unreadBefore - 1));
        assertThat(bellCount().isVisible()).isEqualTo(unreadBefore > 1);
        assertThat(bell().getAriaLabel()).contains("Notifications, " + (unreadBefore - 1) + " unread");
    }

    @Test
    void markAllAsReadLeavesNothingUnreadAndHidesTheCount() {
        deliverToMe("First news", null);
        String second = deliverToMe("Second news", null);
        NotificationsView view = navigate(NotificationsView.class);
        assertThat(bellCount().isVisible()).isTrue();

        test(view.markAll).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(card(view, second).getClassNames()).doesNotContain("notification-unread");
        assertThat(bellCount().isVisible()).isFalse();
        assertThat(bell().getAriaLabel()).contains("Notifications, 0 unread");
        assertThat(view.markAll.isEnabled()).isFalse();
    }

    @Test
    void theBellOpensTheNotificationsAndNothingPolls() {
        navigate("directory", com.vaadin.flow.component.Component.class);
        // the count is pushed when notifications arrive (NotificationPushBrowserIT); the page never polls
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        test(bell()).click();
        assertThat(getCurrentView()).isInstanceOf(NotificationsView.class);
    }

    private String deliverToMe(String title, String link) {
        String subject = TestData.unique(title);
        SystemAuthentication.runAsSystem(() -> notifications.deliver(new Notice(
                TestData.unique("view-test"), List.of(TestData.DEMO_STARTUP), subject, "Body of " + subject, link)));
        return subject;
    }

    private Div card(NotificationsView view, String subject) {
        return $(Div.class, view.items)
                .withClassName("notification-item")
                .withCondition(div -> div.getElement().getTextRecursively().contains(subject))
                .single();
    }

    private Button bell() {
        return $(Button.class).withClassName("notification-bell").single();
    }

    /** Taken from the bell rather than queried: a query finds only visible components. */
    private Span bellCount() {
        Span count = (Span) bell().getSuffixComponent();
        assertThat(count.getClassNames()).contains("notification-count");
        return count;
    }
}
