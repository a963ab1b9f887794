package org.csirtbot.bench.wave;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

import org.csirtbot.bench.harness.OpenLoop;

/**
 * The answers as they come: the report ID each reporter was given, and how many reports of each group (campaign,
 * noise report, warm-up) the bot promised to keep: those it named, and those it said it is still recording (its store
 * was slower than Slack's wait; it tells the reporter the ID later). The triage channel must show exactly these.
 */
public final class AckBook {

    /** Campaign members are told this at once (report.received.known in messages.properties). */
    static final String KNOWN = "already known";
    /** The view the bot answers with when its store did not finish within Slack's wait (ReportModal.recording). */
    static final String RECORDING = "\"callback_id\":\"report_recording\"";

    private final List<WaveMix.Planned> planned;
    private final Map<String, Integer> expected = new ConcurrentHashMap<>();
    private final Map<Integer, String> reportIds = new ConcurrentHashMap<>();
    private final AtomicInteger recording = new AtomicInteger();

    public AckBook(List<WaveMix.Planned> planned) {
        this.planned = planned;
    }

    public void answered(OpenLoop.Ack ack) {
        String id = reportId(ack);
        boolean late = id == null && ack.status() == 200 && ack.body().contains(RECORDING);
        if (id != null) {
            reportIds.put(ack.index(), id);
        }
        if (late) {
            recording.incrementAndGet();
        }
        if (id != null || late) {
            expected.merge(WaveMix.group(planned.get(ack.index())), 1, Integer::sum);
        }
    }

    /** The report ID an answer names: 200 with {@code response_action: update} and the ID in the view. */
    public static String reportId(OpenLoop.Ack ack) {
        if (ack.status() != 200 || !ack.body().contains("\"response_action\":\"update\"")) {
            return null;
        }
        Matcher id = TriageView.REPORT_ID.matcher(ack.body());
        return id.find() ? id.group() : null;
    }

    /** Reports promised, by group: what the triage channel must show. */
    Map<String, Integer> expected() {
        return Map.copyOf(expected);
    }

    /** The report ID given to submission {@code index}, or null. */
    String reportIdOf(int index) {
        return reportIds.get(index);
    }

    /** Answers naming a report ID so far. */
    public int named() {
        return reportIds.size();
    }

    /** Answers saying the report is still being recorded. */
    int recording() {
        return recording.get();
    }

    /** Every answer, for a closer look: when it was due, sent and answered (ms from the start), what it said. */
    void write(Path file, List<OpenLoop.Ack> acks) {
        List<String> lines = new ArrayList<>();
        lines.add("index,group,due_ms,sent_ms,done_ms,latency_ms,status,report_id,known,recording");
        for (OpenLoop.Ack ack : acks) {
            lines.add(String.join(",", String.valueOf(ack.index()), WaveMix.group(planned.get(ack.index())),
                    ms(ack.dueNanos()), ms(ack.sentNanos()), ms(ack.doneNanos()), ms(ack.latencyNanos()),
                    String.valueOf(ack.status()), String.valueOf(reportIdOf(ack.index())),
                    String.valueOf(ack.body().contains(KNOWN)), String.valueOf(ack.body().contains(RECORDING))));
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
