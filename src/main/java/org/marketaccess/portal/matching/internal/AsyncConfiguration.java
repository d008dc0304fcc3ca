package org.marketaccess.portal.matching.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * After-commit listeners ({@code @ApplicationModuleListener}) run on Spring Boot's task executor. Index
 * work refused because the portal is stopping (an administrator's rebuild, say) is expected and is
 * logged as such, not as an error; index updates themselves follow the change table (decision 033).
 */
@Configuration
@EnableAsync
class AsyncConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AsyncConfiguration.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        AsyncUncaughtExceptionHandler errors = new SimpleAsyncUncaughtExceptionHandler();
        return (failure, method, parameters) -> {
            if (failure instanceof IndexSync.Stopping) {
                log.info("{}: {}", method.getName(), failure.getMessage());
            } else {
                errors.handleUncaughtException(failure, method, parameters);
            }
        };
    }
}
