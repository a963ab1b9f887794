package org.csirtbot.bench.wave;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.csirtbot.bench.harness.FakeSlack;
import org.csirtbot.bench.harness.Pause;
import org.csirtbot.bench.harness.RssPeak;

/**
 * Watches a wave from its own thread: every {@code period} ms the submissions sent, the answers received and what the
 * triage channel shows (from the fake Slack's stats), and the bot's resident memory.
 */
final class WaveWatch implements AutoCloseable {

    private final FakeSlack slack;
    private final AckBook book;
    private final IntSupplier sent;
    private final IntSupplier answered;
    private final long startNanos;
    private final long botPid;
    private final List<WaveResult.Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stop;
    private volatile long reflectedAtNanos = -1;
    private volatile long rssPeakMb = -1;

    WaveWatch(FakeSlack slack, AckBook book, IntSupplier sent, IntSupplier answered, long startNanos, long botPid,
              long period) {
        // answered: every answer, so that the watch knows when all are in; the timeline shows those naming an ID
        this.slack = slack;
        this.book = book;
        this.sent = sent;
        this.answered = answered;
        this.startNanos = startNanos;
        this.botPid = botPid;
        this.thread = new Thread(() -> watch(period), "wave-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(long period) {
        while (!stop) {
            long now = System.nanoTime();
            TriageView view = TriageView.of(slack.stats(), FakeSlack.TRIAGE);
            Map<String, Integer> expected = book.expected();
            int acked = answered.getAsInt();
            synchronized (samples) {
                samples.add(new WaveResult.Sample((now - startNanos) / 1e9, sent.getAsInt(), book.named(),
                        view.reflected(expected)));
            }
            boolean all = acked > 0 && acked == sent.getAsInt() && view.reflects(expected);
            if (!all) {
                reflectedAtNanos = -1; // a report not answered or not shown yet
            } else if (reflectedAtNanos < 0) {
                reflectedAtNanos = now;
            }
            rssPeakMb = Math.max(rssPeakMb, RssPeak.rssMb(botPid));
            Pause.millis(Math.max(0, period - (System.nanoTime() - now) / 1_000_000));
        }
    }

    /** The first moment (System.nanoTime) from which every answered report was shown, or -1. */
    long reflectedAtNanos() {
        return reflectedAtNanos;
    }

    long rssPeakMb() {
        return rssPeakMb;
    }

    List<WaveResult.Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        stop = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The triage channel's messages now. */
    static int messages(JsonNode stats) {
        return stats.path("channels").path(FakeSlack.TRIAGE).path("messages").size();
    }
}
