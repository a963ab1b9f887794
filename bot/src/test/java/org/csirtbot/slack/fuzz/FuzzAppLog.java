package org.csirtbot.slack.fuzz;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Collects what the generated bad-input test counts as the app complaining: errors from anywhere, and warnings
 * from the bot itself, except refused signatures and direct messages to a forged user ID (Slack answers
 * {@code channel_not_found}; the bot rightly just logs it).
 */
final class FuzzAppLog extends AppenderBase<ILoggingEvent> {

    final Queue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();

    /** Starts collecting from the root logger. */
    void attach() {
        Logger root = root();
        setContext(root.getLoggerContext());
        start();
        root.addAppender(this);
    }

    void detach() {
        root().detachAppender(this);
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        boolean error = event.getLevel().isGreaterOrEqual(Level.ERROR);
        boolean ownWarning = event.getLevel() == Level.WARN && event.getLoggerName().startsWith("org.csirtbot")
                && !event.getLoggerName().endsWith("SlackSignatureFilter") && !toForgedUser(event);
        if (error || ownWarning) {
            events.add(event);
        }
    }

    private boolean toForgedUser(ILoggingEvent event) {
        Object[] args = event.getArgumentArray();
        return event.getLoggerName().endsWith(".DirectMessages") && args != null && args.length > 1
                && !FuzzRun.SLACK_USER_ID.matcher(String.valueOf(args[1])).matches();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
