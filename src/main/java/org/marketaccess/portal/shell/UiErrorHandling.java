package org.marketaccess.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Clock;
import org.marketaccess.portal.shared.IllegalTransitionException;
import org.marketaccess.portal.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Turns an exception thrown while handling a click or an edit into a message the user can act on.
 * Forms catch the exceptions they expect; this is the safety net for the rest, so no user ever sees
 * a stack trace.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    private final RateLimitedWarnings protocolWarnings;

    UiErrorHandling(Clock clock) {
        this.protocolWarnings = new RateLimitedWarnings(clock);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = rootOfInterest(event.getThrowable());
        String key;
        if (cause instanceof OptimisticLockingFailureException) {
            key = "error.stale";
        } else if (cause instanceof AccessDeniedException) {
            key = "error.denied";
        } else if (cause instanceof IllegalTransitionException transition) {
            key = transition.messageKey();
        } else if (cause instanceof InvalidInputException invalid) {
            key = invalid.fieldErrors().values().stream().findFirst().orElse("error.invalid");
        } else if (cause instanceof DataAccessException || cause instanceof TransactionException) {
            // the service's transaction rolled back: say so, never a guess at a reason
            log.error("A change could not be saved", event.getThrowable());
            key = "error.not-saved";
        } else if (isMalformedMessage(event.getThrowable())) {
            // a message no Vaadin client sends: the sender's fault, not the portal's
            protocolWarnings.refused(
                    "ui-message",
                    200,
                    "Vaadin could not handle it (" + cause.getClass().getSimpleName() + ")");
            key = "error.unexpected";
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            key = "error.unexpected";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            String text = ui.getTranslation(key);
            ui.access(() -> Notification.show(text, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    /**
     * Whether Vaadin failed reading a message from the browser: the exception was thrown in its
     * communication code (or a library it called there) before any code of the portal ran. A
     * failure in a listener, a data provider or a service has a portal frame first: it stays an
     * ERROR.
     */
    static boolean isMalformedMessage(Throwable throwable) {
        boolean reachedCommunication = false;
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            for (StackTraceElement frame : current.getStackTrace()) {
                if (frame.getClassName().startsWith("org.marketaccess.portal.")) {
                    return false;
                }
                if (frame.getClassName().startsWith("com.vaadin.flow.server.communication.")) {
                    reachedCommunication = true;
                    break;
                }
            }
        }
        return reachedCommunication;
    }

    private static Throwable rootOfInterest(Throwable throwable) {
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            if (current instanceof OptimisticLockingFailureException
                    || current instanceof AccessDeniedException
                    || current instanceof IllegalTransitionException
                    || current instanceof InvalidInputException
                    || current instanceof DataAccessException
                    || current instanceof TransactionException) {
                return current;
            }
        }
        return throwable;
    }
}
