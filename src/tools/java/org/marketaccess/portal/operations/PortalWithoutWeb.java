package org.marketaccess.portal.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.marketaccess.portal.PortalApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal's services without web or Vaadin, inside a tool's own process (the benchmarks and the
 * load benchmark's set-up): quiet logging, no banner, and the tool's own settings on top.
 */
public final class PortalWithoutWeb {

    private PortalWithoutWeb() {}

    /** Starts the portal with {@code settings} as {@code --name=value} arguments. */
    public static ConfigurableApplicationContext start(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("spring.main.banner-mode", "off");
        all.put("logging.level.root", "warn");
        all.put(
                "spring.autoconfigure.exclude",
                "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                        + "com.vaadin.flow.spring.VaadinScopesConfig");
        all.putAll(settings);
        return new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.NONE)
                .run(all.entrySet().stream()
                        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }
}
