package org.csirtbot.bench.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends signed requests at a fixed arrival rate, whatever the answers take (open loop: a slow bot cannot slow the load
 * and so hide its own latency). Request {@code i} is due at {@code start + i / rate}; its latency is counted from when
 * it was due, not from when it could be sent. Bodies are signed just before the wave, so that signing costs nothing
 * during it.
 */
public final class OpenLoop {

    /** One answer: when the request was due and when its answer came (ns from the start), or the error instead. */
    public record Ack(int index, long dueNanos, long sentNanos, long doneNanos, int status, String body, String error) {

        public long latencyNanos() {
            return doneNanos - dueNanos;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4, daemon())).build();
    private final URI endpoint;
    private final SlackSigner signer;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();

    public OpenLoop(String endpoint, SlackSigner signer) {
        this.endpoint = URI.create(endpoint);
        this.signer = signer;
    }

    /** Sends every body at {@code perSecond}, starting {@code startNanos} (System.nanoTime), and waits for all answers. */
    public List<Ack> run(List<String> bodies, double perSecond, long startNanos, Duration answerWithin,
                         java.util.function.Consumer<Ack> onAnswer) {
        long now = System.currentTimeMillis() / 1000;
        List<HttpRequest> requests = bodies.stream().map(body -> HttpRequest.newBuilder(endpoint)
                .timeout(answerWithin)
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .header(SlackSigner.TIMESTAMP_HEADER, String.valueOf(now))
                .header(SlackSigner.SIGNATURE_HEADER, signer.signature(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()).toList();
        AtomicReferenceArray<Ack> acks = new AtomicReferenceArray<>(requests.size());
        CompletableFuture<?>[] all = new CompletableFuture<?>[requests.size()];
        double interval = 1e9 / perSecond;
        for (int i = 0; i < requests.size(); i++) {
            long due = (long) (i * interval);
            long wait = startNanos + due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            long sentAt = System.nanoTime() - startNanos;
            sent.incrementAndGet();
            all[i] = client.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        long done = System.nanoTime() - startNanos;
                        Ack ack = failure == null
                                ? new Ack(index, due, sentAt, done, response.statusCode(), response.body(), null)
                                : new Ack(index, due, sentAt, done, 0, "", failure.toString());
                        acks.set(index, ack);
                        onAnswer.accept(ack);
                        answered.incrementAndGet();
                        return null;
                    });
        }
        CompletableFuture.allOf(all).join();
        return java.util.stream.IntStream.range(0, requests.size()).mapToObj(acks::get).toList();
    }

    /** Requests sent so far (for the timeline). */
    public int sent() {
        return sent.get();
    }

    /** Answers received so far (for the timeline). */
    public int answered() {
        return answered.get();
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return work -> {
            Thread thread = new Thread(work, "bench-sender");
            thread.setDaemon(true);
            return thread;
        };
    }
}
