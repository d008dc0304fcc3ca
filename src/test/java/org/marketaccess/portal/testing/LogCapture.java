package org.marketaccess.portal.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log line of the application while a test runs, read from the root logger. */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    /** The lines at {@code level} or above, as "LEVEL logger: message [exception]". */
    public List<String> atLeast(Level level) {
        synchronized (appender.list) {
            return appender.list.stream()
                    .filter(event -> event.getLevel().isGreaterOrEqual(level))
                    .map(LogCapture::line)
                    .toList();
        }
    }

    public List<String> errors() {
        return atLeast(Level.ERROR);
    }

    public void clear() {
        synchronized (appender.list) {
            appender.list.clear();
        }
    }

    private static String line(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        return event.getLevel() + " " + event.getLoggerName() + ": "
                + (message.length() > 300 ? message.substring(0, 300) + "…" : message)
                + (event.getThrowableProxy() == null
                        ? ""
                        : " [" + event.getThrowableProxy().getClassName() + ": "
                                + event.getThrowableProxy().getMessage() + "]");
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
