package org.marketaccess.portal.need.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.need.NeedId;
import org.marketaccess.portal.need.NeedService;
import org.marketaccess.portal.need.NeedSummary;
import org.marketaccess.portal.testing.ActAs;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.Postings;
import org.marketaccess.portal.testing.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_PROVIDER)
class NeedDetailsViewTest extends SpringBrowserlessTest {

    @Autowired
    NeedService needs;

    @Autowired
    ActAs actAs;

    @Test
    void anAnonymousNeedNeverShowsItsStartupToAProvider() {
        NeedSummary anonymous = needs.published(null, null, null, PageRequest.of(0, 200)).stream()
                .filter(NeedSummary::anonymous)
                .findFirst()
                .orElseThrow();
        assertThat(anonymous.organizationName()).isNull();
        String realName = actAs.user(
                TestData.DEMO_PROGRAM_MANAGER,
                () -> needs.find(anonymous.id()).orElseThrow().organization().name());

        NeedDetailsView view = navigate(NeedDetailsView.class, anonymous.id().toString());

        assertThat($view(Span.class).id("posting-organization").getText()).isEqualTo("Anonymous startup");
        assertThat(view.getElement().getTextRecursively()).doesNotContain(realName);
    }

    @Test
    void aNamedNeedShowsItsStartup() {
        NeedSummary named = needs.published(null, null, null, PageRequest.of(0, 200)).stream()
                .filter(need -> !need.anonymous())
                .findFirst()
                .orElseThrow();
        NeedDetailsView view = navigate(NeedDetailsView.class, named.id().toString());
        assertThat($view(Span.class).id("posting-organization").getText()).isEqualTo(named.organizationName());
    }

    @Test
    void scriptTextInAPostingIsShownAsTextNeverAsMarkup() {
        String title = "<script>alert('x')</script> 🚀 שלום " + TestData.unique("xss");
        NeedId id = actAs.user(TestData.DEMO_STARTUP, () -> {
            NeedId created = needs.create(Postings.need(title, "<img src=x onerror=alert(1)> مرحبا", false));
            needs.publish(created, needs.find(created).orElseThrow().version());
            return created;
        });
        NeedDetailsView view = navigate(NeedDetailsView.class, id.toString());
        H2 heading = $view(H2.class).first();
        assertThat(heading.getText()).isEqualTo(title);
        assertThat(heading.getElement().getChildren()).allMatch(child -> child.isTextNode());
        assertThat(view.getElement().getTextRecursively()).contains("<img src=x onerror=alert(1)> مرحبا");
    }
}
