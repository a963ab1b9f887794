package org.csirtbot.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.csirtbot.sandbox.workspace.SlackAnswer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * The workspace's Web API on the JDK's HTTP server, at {@link SandboxWebApi#PATH}{@code <method>}: the workspace
 * answers each request as it arrives (its rate tiers counting it then), and the answer is sent after the workspace's
 * own delay plus the network's latency, without holding a server thread meanwhile.
 */
final class SandboxWebApiHandler implements HttpHandler {

    /** Told of each answer sent: the method and the HTTP status (0: the connection reset without one). */
    @FunctionalInterface
    interface Answered {
        void answered(String method, int status);
    }

    private final SandboxWebApi api;
    private final ScheduledExecutorService later;
    private final LongSupplier latencyMillis;
    private final Answered answered;

    SandboxWebApiHandler(SandboxWebApi api, ScheduledExecutorService later, LongSupplier latencyMillis,
                         Answered answered) {
        this.api = api;
        this.later = later;
        this.latencyMillis = latencyMillis;
        this.answered = answered;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring(SandboxWebApi.PATH.length());
        SlackAnswer answer = api.answer(method, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestBody().readAllBytes(), exchange.getRequestHeaders().getFirst("Authorization"));
        answered.answered(method, answer.resetConnection() ? 0 : answer.status());
        if (answer.resetConnection()) {
            exchange.close(); // no answer at all
            return;
        }
        long delay = answer.delay().toMillis() + latencyMillis.getAsLong();
        if (delay <= 0) {
            send(exchange, answer);
        } else {
            later.schedule(() -> send(exchange, answer), delay, TimeUnit.MILLISECONDS);
        }
    }

    private static void send(HttpExchange exchange, SlackAnswer answer) {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            out.write(body);
        } catch (IOException e) {
            exchange.close(); // the bot gave up waiting
        }
    }
}
