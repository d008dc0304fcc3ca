package org.marketaccess.portal.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A mail's single-use link goes out with it and is erased once the mail has left or been given up. */
class OutboxMailTest {

    static final String LINK = "https://portal.example/reset-password?token=secret-value";

    @Test
    void theStoredBodyHoldsAPlaceholderAndTheMailGoesOutWithTheLink() {
        OutboxMail mail = pending("Follow " + LINK + " within 30 minutes.");

        assertThat(mail.body()).isEqualTo("Follow [single-use link, not kept] within 30 minutes.");
        assertThat(mail.bodyToSend()).isEqualTo("Follow " + LINK + " within 30 minutes.");
    }

    @Test
    void sendingErasesTheLink() {
        OutboxMail mail = pending("Follow " + LINK);

        mail.sent(Instant.now());

        assertThat(mail.holdsSecret()).isFalse();
        assertThat(mail.bodyToSend()).doesNotContain("secret-value");
    }

    @Test
    void aFailedAttemptKeepsTheLinkForTheNextOneAndGivingUpErasesIt() {
        OutboxMail mail = pending("Follow " + LINK);

        assertThat(mail.failed(Instant.now(), "refused", Duration.ofMinutes(1), 2))
                .isFalse();
        assertThat(mail.bodyToSend()).contains(LINK);

        assertThat(mail.failed(Instant.now(), "refused", Duration.ofMinutes(1), 2))
                .isTrue();
        assertThat(mail.holdsSecret()).isFalse();
    }

    @Test
    void aTextWithoutItsLinkIsRefusedRatherThanSentWithoutIt() {
        assertThatThrownBy(() -> OutboxMail.withoutSecret("No link here", LINK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(OutboxMail.withoutSecret("No link here", null)).isEqualTo("No link here");
    }

    private static OutboxMail pending(String text) {
        OutboxMail mail = new OutboxMail();
        ReflectionTestUtils.setField(mail, "body", OutboxMail.withoutSecret(text, LINK));
        ReflectionTestUtils.setField(mail, "secretLink", LINK);
        ReflectionTestUtils.setField(mail, "status", MailStatus.PENDING);
        return mail;
    }
}
