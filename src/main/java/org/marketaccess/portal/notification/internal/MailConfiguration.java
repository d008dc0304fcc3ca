package org.marketaccess.portal.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses how mail leaves the portal. Spring Boot creates a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set; asking for it when the gateway is created (rather than with a
 * bean condition on this class, evaluated before Boot's auto-configuration) sees it reliably.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailGateway mailGateway(ObjectProvider<JavaMailSender> sender) {
        JavaMailSender smtp = sender.getIfAvailable();
        MailGateway gateway = smtp == null ? new LoggingMailGateway() : new SmtpMailGateway(smtp);
        log.info("E-mail goes to: {}", gateway);
        return gateway;
    }
}
