package org.marketaccess.portal.matching.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** After-commit listeners ({@code @ApplicationModuleListener}) run on Spring Boot's task executor. */
@Configuration
@EnableAsync
class AsyncConfiguration {}
