package org.csirtbot.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.csirtbot.sandbox.workspace.SlackTriggers;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

/**
 * Sends Slack's requests to the bot as Slack does, each on its own thread (at once, or at a given moment), and
 * keeps how long each took to be answered; and how long after Slack sent a trigger its form reached Slack.
 */
public final class TimedRequests implements AutoCloseable {

    /** A request and the bot's answer: the HTTP status and how long it took. */
    public record Timed(String what, int status, String body, Duration took) {
    }

    private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(16);
    private final ExecutorService answers = Executors.newCachedThreadPool();
    private final List<CompletableFuture<Timed>> sent = new CopyOnWriteArrayList<>();

    /** Sends now, on a thread of its own. */
    public void send(String what, Supplier<SignedSlackRequests.Response> request) {
        sent.add(CompletableFuture.supplyAsync(() -> timed(what, request), answers));
    }

    /** Sends {@code after} from now. */
    public void sendAfter(Duration after, String what, Supplier<SignedSlackRequests.Response> request) {
        CompletableFuture<Timed> answer = new CompletableFuture<>();
        sent.add(answer);
        senders.schedule(() -> answer.complete(timed(what, request)), after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every answer, once all came back. */
    public List<Timed> answered() {
        return sent.stream().map(CompletableFuture::join).toList();
    }

    /** How long after the trigger was sent each views.open carrying it reached Slack. */
    public static Map<String, Duration> formsOpenedAfter(FakeSlackWorkspace slack, List<String> triggers) {
        Map<String, Duration> opened = new java.util.LinkedHashMap<>();
        for (var call : slack.requests("views.open")) {
            String trigger = FakeSlackWorkspace.decodeForm(call.getBodyAsString()).get("trigger_id");
            if (triggers.contains(trigger)) {
                opened.put(trigger, Duration.between(SlackTriggers.sentAt(trigger), call.getLoggedDate().toInstant()));
            }
        }
        return opened;
    }

    private static Timed timed(String what, Supplier<SignedSlackRequests.Response> request) {
        Instant start = Instant.now();
        SignedSlackRequests.Response response = request.get();
        return new Timed(what, response.status(), response.body(), Duration.between(start, Instant.now()));
    }

    @Override
    public void close() {
        senders.shutdownNow();
        answers.shutdownNow();
    }
}
