package org.csirtbot.testkit.fakeslack;

import static org.csirtbot.sandbox.workspace.SlackSamples.MAPPER;
import static org.csirtbot.testkit.SlackTestIds.APP_ID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.csirtbot.sandbox.workspace.SlackSamples;
import org.csirtbot.sandbox.workspace.SlackTriggers;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A stand-in for Slack's Socket Mode endpoint: a WebSocket server on 127.0.0.1 (dynamic port) that greets each
 * client with the {@code hello} sample, sends envelopes shaped like the samples in {@code slack-samples/socket-mode/},
 * and records every frame the client sends back (acks). Point {@code apps.connections.open} at {@link #url()}
 * with {@link FakeSlackWorkspace#givenSocketModeUrl(String)}.
 */
public class FakeSocketModeServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FakeSocketModeServer.class);
    private static final int STOP_TIMEOUT_MILLIS = 5_000;

    private final Server server = new Server();
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private volatile Exception startFailure;

    /** Starts listening and waits until the port is bound; returns this. */
    public FakeSocketModeServer start() {
        server.setReuseAddr(true);
        server.setDaemon(true);
        server.start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fake Socket Mode server did not start within 10 s");
            }
            if (startFailure != null) {
                throw new IllegalStateException("The fake Socket Mode server could not start", startFailure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes every connection and stops the server's threads. */
    public void stop() {
        try {
            server.stop(STOP_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The WebSocket URL to hand out, {@code ws://127.0.0.1:<port>/}. */
    public String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/";
    }

    /** How many clients are connected now. */
    public int openConnections() {
        return open.size();
    }

    // ---- envelopes to the client ------------------------------------------------------------------------------

    /** Sends a {@code slash_commands} envelope whose payload holds the form fields as JSON strings; returns its envelope_id. */
    public String sendSlashCommand(Map<String, String> form) {
        return send("socket-mode/java-slack-sdk_slash_commands_envelope.json", MAPPER.valueToTree(form), true);
    }

    /** Sends an {@code interactive} envelope around the payload JSON (e.g. from {@link SlackPayloads}); returns its envelope_id. */
    public String sendInteractive(String payloadJson, boolean acceptsResponsePayload) {
        return send("socket-mode/java-slack-sdk_interactive_block_actions_envelope.json", parse(payloadJson),
                acceptsResponsePayload);
    }

    /** Sends an {@code events_api} envelope around an event_callback body (e.g. from {@link TimelineEventPayloads}). */
    public String sendEvent(String eventCallbackJson) {
        return send("socket-mode/java-slack-sdk_events_api_app_mention_envelope.json", parse(eventCallbackJson), false);
    }

    private String send(String sample, JsonNode payload, boolean acceptsResponsePayload) {
        String envelopeId = UUID.randomUUID().toString();
        ObjectNode envelope = SlackSamples.object(sample);
        envelope.put("envelope_id", envelopeId);
        envelope.set("payload", payload);
        envelope.put("accepts_response_payload", acceptsResponsePayload);
        SlackTriggers.sentIn(envelope.toString());
        current().send(envelope.toString());
        return envelopeId;
    }

    private WebSocket current() {
        if (open.isEmpty()) {
            throw new IllegalStateException("No Socket Mode client is connected");
        }
        return open.get(open.size() - 1);
    }

    // ---- frames from the client -------------------------------------------------------------------------------

    /** Every text frame the clients sent, parsed, oldest first. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    /** The frame acknowledging this envelope ({@code {"envelope_id":…[,"payload":…]}}), if one came back. */
    public Optional<JsonNode> ackFor(String envelopeId) {
        return received.stream().filter(frame -> envelopeId.equals(frame.path("envelope_id").asText(null)))
                .findFirst();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    private final class Server extends WebSocketServer {

        Server() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            open.add(conn);
            ObjectNode hello = SlackSamples.object("socket-mode/python-slack-sdk_hello_message.json");
            hello.put("num_connections", open.size());
            ((ObjectNode) hello.get("connection_info")).put("app_id", APP_ID);
            conn.send(hello.toString());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            open.remove(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(parse(message));
        }

        @Override
        public void onError(WebSocket conn, Exception e) {
            log.warn("Fake Socket Mode server: {}", e.toString());
            if (conn == null) { // the server itself failed, e.g. could not bind
                startFailure = e;
                started.countDown();
            }
        }
    }
}
