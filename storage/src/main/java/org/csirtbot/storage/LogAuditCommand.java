package org.csirtbot.storage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Re-verifies an incident's log offline, without the bot or its database: reads the log as exported by
 * {@code GET /api/incidents/{id}/log} and, optionally, the anchor file ({@code CSIRTBOT_LOG_ANCHOR_FILE}), re-computes
 * every hash by {@link LogEntryHashing}'s rule and prints whether the log is intact or its first bad entry.
 * Exit status 0 intact, 1 not intact, 2 the files could not be read. From the packaged jar:
 * <pre>java -cp csirtbot.jar -Dloader.main=org.csirtbot.storage.LogAuditCommand \
 *   org.springframework.boot.loader.launch.PropertiesLauncher log.json [anchors.jsonl]</pre>
 */
public final class LogAuditCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {
    };

    private LogAuditCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Checks the files named by {@code args} and prints the verdict; the exit status. */
    public static int run(String[] args, PrintStream out) {
        if (args.length < 1 || args.length > 2) {
            out.println("usage: LogAuditCommand <log.json> [<anchors.jsonl>]");
            return 2;
        }
        List<LogEntryDocument> entries;
        try {
            entries = exported(Files.readString(Path.of(args[0])));
        } catch (IOException | RuntimeException e) {
            out.println("cannot read the log " + args[0] + ": " + e.getMessage());
            return 2;
        }
        if (entries.isEmpty()) {
            out.println("NOT intact: the log is empty (entry 1, the declaration, is missing)");
            return 1;
        }
        String incidentId = entries.get(0).incidentId();
        List<LogAnchor> anchors = args.length == 2 ? LogAnchorFile.read(Path.of(args[1]), incidentId) : List.of();
        LogAudit audit = LogAudit.of(entries, anchors);
        out.println(verdict(incidentId, audit, args.length == 2));
        return audit.valid() ? 0 : 1;
    }

    private static String verdict(String incidentId, LogAudit audit, boolean anchored) {
        String anchor = audit.anchor() == null ? (anchored ? "; no anchor of this incident in the file" : "")
                : "; anchor: " + audit.anchor().entries() + " entries, head " + audit.anchor().headHash() + " at "
                        + audit.anchor().at();
        if (audit.valid()) {
            return incidentId + ": intact, " + audit.entries() + " entries" + anchor;
        }
        String why = switch (audit.reason()) {
            case LogAudit.TRUNCATED -> "entries were removed from its end";
            case LogAudit.REWRITTEN -> "the anchored entry hashes otherwise: the log was rewritten and re-hashed";
            default -> "the hash chain breaks";
        };
        return incidentId + ": NOT intact, first bad entry #" + audit.firstInvalidSeq() + " (" + why + "), "
                + audit.entries() + " entries" + anchor;
    }

    /** The entries of a log as the API exports them (a JSON array), in {@code seq} order. */
    static List<LogEntryDocument> exported(String json) throws IOException {
        JsonNode array = JSON.readTree(json);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("not a JSON array of log entries");
        }
        List<LogEntryDocument> entries = new ArrayList<>();
        for (JsonNode e : array) {
            Map<String, Object> data = e.path("data").isObject() ? JSON.convertValue(e.get("data"), DATA) : null;
            entries.add(new LogEntryDocument(null, text(e, "incidentId"), e.path("seq").asLong(),
                    Instant.parse(e.path("at").asText()), text(e, "actor"), text(e, "kind"), data,
                    text(e, "prevHash"), text(e, "hash")));
        }
        entries.sort(Comparator.comparingLong(LogEntryDocument::seq));
        return entries;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
