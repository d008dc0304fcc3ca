package org.marketaccess.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final List<String> TO = List.of("a@example.org");

    @Test
    void addressesAreNormalizedAndNotRepeated() {
        Notice notice = new Notice(
                " k ",
                List.of(" A@Example.org", "a@example.org", "b@example.org"),
                List.of("B@example.org", "c@example.org", "c@example.org"),
                "S",
                "B",
                null);
        assertThat(notice.key()).isEqualTo("k");
        assertThat(notice.to()).containsExactly("a@example.org", "b@example.org");
        assertThat(notice.cc()).containsExactly("c@example.org");
    }

    @Test
    void aProgrammingErrorIsRefused() {
        assertThatThrownBy(() -> new Notice("k", List.of(), "Subject", "Body", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("k", null, "Subject", "Body", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("k", List.of("Someone <a@example.org>"), "Subject", "Body", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("k", List.of("a@example.org\r\nBcc: x@example.org"), "S", "B", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice(" ", TO, "Subject", "Body", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("k".repeat(Notice.MAX_KEY + 1), TO, "Subject", "Body", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("k", TO, " ", "Body", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice("k", TO, "Subject", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLinkMustStayInsideThePortal() {
        for (String link : List.of("javascript:alert(1)", "//evil.example", "https://evil.example", "/absolute", "")) {
            assertThatThrownBy(() -> new Notice("k", TO, "Subject", "Body", link))
                    .as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new Notice("k", TO, "S", "B", "introductions/0b6e-42?tab=2").link())
                .isEqualTo("introductions/0b6e-42?tab=2");
    }

    @Test
    void anOddCopyAddressIsLeftOutRatherThanStoppingTheNotice() {
        Notice notice = new Notice("k", TO, Arrays.asList("not an address", null, "ok@example.org"), "S", "B", null);
        assertThat(notice.cc()).containsExactly("ok@example.org");
    }

    @Test
    void anOverlongSubjectOrBodyIsCutAndTheSubjectStaysOnOneLine() {
        Notice notice =
                new Notice("k", TO, "Line one\r\nBcc: x@example.org " + "s".repeat(400), "b".repeat(20_000), null);
        assertThat(notice.subject()).hasSize(Notice.MAX_SUBJECT).endsWith("…").doesNotContain("\n", "\r");
        assertThat(notice.subject()).startsWith("Line one Bcc:");
        assertThat(notice.body()).hasSize(Notice.MAX_BODY).endsWith("…");
    }
}
