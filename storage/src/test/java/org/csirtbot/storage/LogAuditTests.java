package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LogAudit} and the offline {@link LogAuditCommand} on logs built by the hashing rule; pure, no store. */
class LogAuditTests {

    static final String INCIDENT = "INC-2026-0007";
    static final Instant AT = Instant.parse("2026-12-07T09:00:00.125Z");

    @Test
    void eachAnchorMustStillBeReachedAndHashAsPublished() {
        List<LogEntryDocument> log = log(4);
        List<LogAnchor> anchors = List.of(anchor(log, 4), anchor(log, 2), anchor(log, 1), anchor(log, 3));

        assertThat(LogAudit.of(log, anchors)).isEqualTo(new LogAudit(true, 4, null, null, anchor(log, 4)));
        assertThat(LogAudit.of(log.subList(0, 3), anchors))
                .isEqualTo(new LogAudit(false, 3, 4L, LogAudit.TRUNCATED, anchor(log, 4)));
        List<LogEntryDocument> forged = rehashedFrom(log, 3);
        assertThat(LogAudit.of(forged, List.of())).as("the chain alone holds").extracting(LogAudit::valid).isEqualTo(true);
        assertThat(LogAudit.of(forged, anchors))
                .isEqualTo(new LogAudit(false, 4, 3L, LogAudit.REWRITTEN, anchor(log, 3)));
    }

    @Test
    void theCommandReadsTheExportAndTheAnchorFileAndPassesOverATornLine(@TempDir Path dir) throws IOException {
        List<LogEntryDocument> log = log(3);
        Path export = dir.resolve("log.json");
        Files.writeString(export, exported(log));
        LogAnchorFile anchors = new LogAnchorFile(dir.resolve("anchors.jsonl"));
        log.forEach(e -> anchors.append(LogAnchor.of(e, AT)));
        anchors.append(new LogAnchor("INC-2026-0008", 9, "f".repeat(64), AT));
        Files.writeString(anchors.path(), "{\"incidentId\":\"" + INCIDENT + "\",\"entr", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(run(export.toString(), anchors.path().toString()))
                .isEqualTo("0 " + INCIDENT + ": intact, 3 entries; anchor: 3 entries, head " + log.get(2).hash() + " at " + AT);
        assertThat(run(dir.resolve("missing.json").toString())).startsWith("2 cannot read the log");
        Files.writeString(export, exported(log.subList(0, 2)));
        assertThat(run(export.toString(), anchors.path().toString())).startsWith("1 " + INCIDENT
                + ": NOT intact, first bad entry #3 (entries were removed from its end), 2 entries");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = LogAuditCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return status + " " + out.toString(StandardCharsets.UTF_8).strip();
    }

    /** Entries 1..n of a log, linked and hashed by the rule. */
    private static List<LogEntryDocument> log(int n) {
        List<LogEntryDocument> log = new ArrayList<>();
        String previous = LogEntryHashing.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            Map<String, Object> data = Map.of("text", "step " + seq + " — 手順", "n", seq, "done", seq % 2 == 0);
            log.add(entry(seq, data, previous));
            previous = log.get(seq - 1).hash();
        }
        return log;
    }

    /** The log with entry {@code seq}'s text changed and it and every later entry re-hashed. */
    private static List<LogEntryDocument> rehashedFrom(List<LogEntryDocument> log, int seq) {
        List<LogEntryDocument> forged = new ArrayList<>(log.subList(0, seq - 1));
        for (LogEntryDocument e : log.subList(seq - 1, log.size())) {
            Map<String, Object> data = e.seq() == seq ? Map.of("text", "nothing happened") : e.data();
            forged.add(entry(e.seq(), data, forged.isEmpty() ? LogEntryHashing.GENESIS : forged.get(forged.size() - 1).hash()));
        }
        return forged;
    }

    private static LogEntryDocument entry(long seq, Map<String, Object> data, String previous) {
        String hash = LogEntryHashing.hash(INCIDENT, seq, AT, "U_COMMANDER", "note_added", data, previous);
        return new LogEntryDocument(INCIDENT + ":" + seq, INCIDENT, seq, AT, "U_COMMANDER", "note_added", data, previous, hash);
    }

    private static LogAnchor anchor(List<LogEntryDocument> log, int entries) {
        return LogAnchor.of(log.get(entries - 1), AT);
    }

    /** The log as the API exports it: times as ISO-8601 text. */
    private static String exported(List<LogEntryDocument> log) {
        StringBuilder json = new StringBuilder("[");
        for (LogEntryDocument e : log) {
            json.append(json.length() > 1 ? "," : "").append(String.format(
                    "{\"incidentId\":\"%s\",\"seq\":%d,\"at\":\"%s\",\"actor\":\"%s\",\"kind\":\"%s\",\"data\":{\"text\":\"%s\","
                            + "\"n\":%d,\"done\":%s},\"prevHash\":\"%s\",\"hash\":\"%s\"}",
                    e.incidentId(), e.seq(), e.at(), e.actor(), e.kind(), e.data().get("text"), e.data().get("n"),
                    e.data().get("done"), e.prevHash(), e.hash()));
        }
        return json.append(']').toString();
    }
}
