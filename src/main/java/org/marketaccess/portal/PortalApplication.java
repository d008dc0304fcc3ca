package org.marketaccess.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Market Access Portal: one Spring Boot application with a Vaadin Flow UI. Pages are told about
 * changes by server push over a WebSocket (falling back to long polling where a proxy refuses it);
 * the browser's own requests stay plain XHR, so they pass Spring Security's filters as before.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@PWA(name = "Market Access Portal", shortName = "Market Access")
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
