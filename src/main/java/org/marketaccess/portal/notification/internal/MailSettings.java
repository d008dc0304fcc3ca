package org.marketaccess.portal.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.mail.*}: the sender address, how often pending mail is swept, the wait after a first
 * failed attempt (doubled after each further one, at most an hour) and when to give up.
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(
        @DefaultValue("noreply@marketaccess.invalid") String from,
        @DefaultValue("30s") Duration retryInterval,
        @DefaultValue("30s") Duration retryBackoff,
        @DefaultValue("8") int maxAttempts) {}
