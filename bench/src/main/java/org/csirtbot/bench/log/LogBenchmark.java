package org.csirtbot.bench.log;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.IncidentStore;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import org.csirtbot.bench.harness.BotUnderTest;
import org.csirtbot.bench.harness.FakeSlack;
import org.csirtbot.bench.harness.Folders;
import org.csirtbot.bench.harness.Http;
import org.csirtbot.bench.harness.MongoUnderTest;
import org.csirtbot.bench.harness.Percentiles;

/**
 * One incident's log as it grows long: appended to one entry at a time through the bot's own store code in this
 * process ({@link StorageInProcess}), each append timed; then the packaged bot started on the same store, the long log
 * verified and a shorter one read and rendered through the bot's API, each a few times.
 */
public final class LogBenchmark {

    static final String LONG = "INC-2026-9001";
    static final String READ = "INC-2026-9002";
    /** A short log, appended to once the store holds the two long ones: what a room's action costs in a full store. */
    static final String SMALL = "INC-2026-9003";
    static final int SMALL_ENTRIES = 20;
    static final int ONCE_TRIES = 20;
    private static final int STRETCHES = 10;
    /** A room opened in full, so that the bot does not resume opening it (and log that) when it starts. */
    private static final IncidentDocument.Room ROOM = new IncidentDocument.Room("C0INCIDENT", "inc-bench", false,
            List.of("U0RESPOND1"), true, "1765000000.000001", true);

    private LogBenchmark() {
    }

    public static LogResult run(LogSettings s) {
        Path logs = s.work().resolve("logs");
        Path data = s.work().resolve("data");
        Folders.created(logs);
        Folders.emptied(data);
        List<String> problems = new ArrayList<>();
        try (MongoUnderTest mongo = s.separateMongo() ? MongoUnderTest.start(data, logs) : null) {
            String uri = mongo == null ? null : mongo.uri();
            long[] appends = new long[s.entries()];
            long[] readLogAppends = new long[s.readEntries()];
            double seconds;
            long fileBytes;
            List<Double> inProcess = new ArrayList<>();
            List<Double> onceMs = new ArrayList<>();
            try (ConfigurableApplicationContext storage = StorageInProcess.open(data, uri)) {
                IncidentStore incidents = storage.getBean(IncidentStore.class);
                IncidentLogStore log = storage.getBean(IncidentLogStore.class);
                append(incidents, log, READ, readLogAppends);
                long start = System.nanoTime();
                append(incidents, log, LONG, appends);
                seconds = (System.nanoTime() - start) / 1e9;
                for (int i = 0; i < s.reads(); i++) {
                    inProcess.add(timed(() -> log.entries(LONG).size()));
                    inProcess.add(timed(() -> log.verify(LONG).entries()));
                }
                append(incidents, log, SMALL, new long[SMALL_ENTRIES]);
                for (int i = 0; i < ONCE_TRIES; i++) {
                    Map<String, Object> note = Map.of("text", "once " + i);
                    onceMs.add(timed(() -> log.appendOnce(SMALL, "U0RESPOND1", "note_added", note, note).entry().seq()));
                }
            }
            fileBytes = mongo == null ? data.resolve("csirtbot.mv").toFile().length() : -1;
            try (FakeSlack slack = FakeSlack.start(s.jar(), s.latencyMs(), 1, logs);
                 BotUnderTest bot = BotUnderTest.start(s.jar(), s.jvmFlags(), slack.webApiUrl(), data, uri, logs)) {
                List<Double> verifyMs = new ArrayList<>();
                JsonNode verified = null;
                List<Double> logMs = new ArrayList<>();
                List<Double> reportMs = new ArrayList<>();
                long[] sizes = new long[2];
                for (int i = 0; i < s.reads(); i++) {
                    verified = timed(bot, "/api/incidents/" + LONG + "/log/verify", verifyMs, problems).body();
                    sizes[0] = timed(bot, "/api/incidents/" + READ + "/log", logMs, problems).body().size();
                    sizes[1] = timedText(bot, "/api/incidents/" + READ + "/report.md", reportMs, problems);
                }
                bot.checkAlive();
                return new LogResult(s, seconds, Percentiles.ofNanos(appends), stretches(appends),
                        Percentiles.ofNanos(readLogAppends), verifyMs, verified.path("valid").asBoolean(),
                        verified.path("entries").asLong(), inProcess, logMs, sizes[0], reportMs, sizes[1], problems,
                        fileBytes, onceMs);
            }
        }
    }

    /** The incident, then its log to {@code nanos.length} entries (its declaration first), each append's time kept. */
    private static void append(IncidentStore incidents, IncidentLogStore log, String id, long[] nanos) {
        Instant now = Instant.now();
        incidents.insertOnce(new IncidentDocument(id, "bench-" + id, "Long log " + id, "S2", "phishing_mail", "AMBER",
                false, "investigating", "U0RESPOND1", "U0RESPOND1", now, null, List.of(), false,
                ROOM, List.of(new IncidentDocument.Phase("investigating", now, null)),
                List.of(new IncidentDocument.RoleHolder("commander", "U0RESPOND1", now)), null, null));
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            log.append(id, i == 0 ? "U0RESPOND1" : "U0RESPOND" + (1 + i % 3), kind(i), LogEntries.data(id, i));
            nanos[i] = System.nanoTime() - start;
            if ((i + 1) % 10_000 == 0) {
                System.out.printf("  %s: %,d entries, the last 10,000 p99 %.1f ms%n", id, i + 1,
                        Percentiles.ofNanos(Arrays.copyOfRange(nanos, i + 1 - 10_000, i + 1)).p99());
            }
        }
    }

    private static String kind(int i) {
        return i == 0 ? "declared" : i % 2 == 0 ? "message_captured" : "note_added";
    }

    private static List<LogResult.Stretch> stretches(long[] nanos) {
        List<LogResult.Stretch> stretches = new ArrayList<>();
        int size = Math.max(1, nanos.length / STRETCHES);
        for (int from = 0; from < nanos.length; from += size) {
            int to = Math.min(nanos.length, from + size);
            stretches.add(new LogResult.Stretch(from, to, Percentiles.ofNanos(Arrays.copyOfRange(nanos, from, to))));
        }
        return stretches;
    }

    private static double timed(java.util.function.LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return (System.nanoTime() - start) / 1e6;
    }

    private static Http.Answer timed(BotUnderTest bot, String path, List<Double> ms, List<String> problems) {
        long start = System.nanoTime();
        Http.Answer answer = bot.api(path);
        ms.add((System.nanoTime() - start) / 1e6);
        if (answer.status() != 200 && problems.size() < 10) {
            problems.add("GET " + path + " answered " + answer.status());
        }
        return answer;
    }

    private static long timedText(BotUnderTest bot, String path, List<Double> ms, List<String> problems) {
        long start = System.nanoTime();
        Http.Text answer = Http.getText(bot.apiUrl(path), BotUnderTest.API_TOKEN);
        ms.add((System.nanoTime() - start) / 1e6);
        if (answer.status() != 200 && problems.size() < 10) {
            problems.add("GET " + path + " answered " + answer.status());
        }
        return answer.body().length();
    }

    /** What the entries say: a responder's note or a captured message of the room, of a realistic length. */
    static final class LogEntries {

        private LogEntries() {
        }

        static Map<String, Object> data(String incidentId, int i) {
            if (i == 0) {
                return Map.of("title", "Long log " + incidentId, "severity", "S2", "category", "phishing_mail",
                        "tlp", "AMBER", "confidential", false, "commander", "U0RESPOND1", "op", "bench-declare");
            }
            String text = "Checked mailbox %d of the campaign: the link was opened from 10.0.%d.%d, session revoked."
                    .formatted(i, i / 256 % 256, i % 256);
            if (i % 2 == 1) {
                return Map.of("text", text);
            }
            String ts = "1765000000.%06d".formatted(i);
            return Map.of("channel", "C0INCIDENT", "ts", ts, "author", "U0RESPOND2", "text", text,
                    "postedAt", Instant.ofEpochSecond(1765000000L + i).toString(),
                    "permalink", "https://subarachnoid.slack.com/archives/C0INCIDENT/p" + ts.replace(".", ""));
        }
    }
}
