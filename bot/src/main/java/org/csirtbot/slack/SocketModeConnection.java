package org.csirtbot.slack;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

/** Keeps the Socket Mode connection open while the application runs. */
class SocketModeConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final App app;
    private final String appToken;
    private SocketModeApp socketMode;

    SocketModeConnection(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
    }

    @Override
    public synchronized void start() {
        try {
            socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            log.info("Slack: connected over Socket Mode");
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the Socket Mode connection to Slack", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not open the Socket Mode connection to Slack", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (socketMode != null) {
            // SocketModeApp.close() hangs up but leaves its client's message-processor and session-monitor
            // threads running, so close the client as well.
            SocketModeClient client = socketMode.getClient();
            try (client) {
                socketMode.close();
            } catch (Exception e) {
                log.warn("Slack: Socket Mode connection did not close cleanly", e);
            }
            socketMode = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return socketMode != null;
    }
}
