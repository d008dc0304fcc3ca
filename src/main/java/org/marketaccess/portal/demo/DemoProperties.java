package org.marketaccess.portal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.demo.*}: whether to seed demo data, the demo users' password, and the published TOTP
 * secret (base32) the demo program manager and administrator are enrolled with; blank for none.
 */
@ConfigurationProperties("portal.demo")
public record DemoProperties(boolean enabled, String password, String twoFactorSecret) {}
