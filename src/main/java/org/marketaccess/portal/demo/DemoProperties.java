package org.marketaccess.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code portal.demo.*}: whether to seed demo data, and the demo users' password. */
@ConfigurationProperties("portal.demo")
public record DemoProperties(boolean enabled, String password) {}
