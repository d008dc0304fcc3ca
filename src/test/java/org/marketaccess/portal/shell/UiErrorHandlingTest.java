package org.marketaccess.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiErrorHandlingTest {

    @Test
    void aMessageVaadinCouldNotReadIsTheSendersFault() {
        assertThat(UiErrorHandling.isMalformedMessage(thrownAt(
                        "tools.jackson.databind.node.LongNode",
                        "com.vaadin.flow.server.communication.rpc.MapSyncRpcHandler",
                        "com.vaadin.flow.server.communication.ServerRpcHandler",
                        "org.marketaccess.portal.shell.MalformedRequestFilter")))
                .isTrue();
    }

    @Test
    void aFailureInThePortalsOwnCodeStaysAnError() {
        assertThat(UiErrorHandling.isMalformedMessage(thrownAt(
                        "org.marketaccess.portal.need.NeedService",
                        "org.marketaccess.portal.need.ui.NeedEditorView",
                        "com.vaadin.flow.server.communication.rpc.EventRpcHandler",
                        "com.vaadin.flow.server.communication.ServerRpcHandler")))
                .isFalse();
        RuntimeException wrapped = new RuntimeException(
                "wrapper",
                thrownAt("org.marketaccess.portal.need.NeedService", "com.vaadin.flow.server.communication.X"));
        wrapped.setStackTrace(thrownAt("com.vaadin.flow.server.communication.ServerRpcHandler")
                .getStackTrace());
        assertThat(UiErrorHandling.isMalformedMessage(wrapped)).isFalse();
        assertThat(UiErrorHandling.isMalformedMessage(thrownAt("org.hibernate.Session", "java.lang.Thread")))
                .isFalse();
    }

    private static RuntimeException thrownAt(String... classes) {
        RuntimeException exception = new IllegalStateException("failed");
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "call", null, 1);
        }
        exception.setStackTrace(frames);
        return exception;
    }
}
