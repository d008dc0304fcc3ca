package org.marketaccess.portal.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin gives each application context its own security-context strategy, with its own
 * ThreadLocal, and makes it the global one. Tests switch between cached contexts (H2, PostgreSQL,
 * web), so before each test the global strategy is set back to the current context's, ahead of
 * Spring Security's {@code @WithUserDetails} support (order 10000).
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 9000;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        sync(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        sync(testContext);
    }

    private static void sync(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
