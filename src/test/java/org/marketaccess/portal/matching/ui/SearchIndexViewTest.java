package org.marketaccess.portal.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.marketaccess.portal.testing.BrowserlessViewTest;
import org.marketaccess.portal.testing.TestData;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessViewTest
@WithUserDetails(TestData.DEMO_ADMIN)
class SearchIndexViewTest extends SpringBrowserlessTest {

    @Test
    void anAdministratorSeesTheIndexAgainstTheDatabaseAndRebuildsIt() throws InterruptedException {
        SearchIndexView view = navigate(SearchIndexView.class);
        assertThat(view.figures.getText()).startsWith("Needs: ").contains("indexed of");
        test(view.rebuild).click();
        for (int i = 0; i < 200 && !view.state.getText().contains("requested by"); i++) {
            Thread.sleep(50);
            view.show(); // what the page's poll does every half second
        }
        assertThat(view.state.getText()).startsWith("Last rebuilt").contains("requested by admin@");
        assertThat(view.rebuild.isEnabled()).isTrue();
    }
}
