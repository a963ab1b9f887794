package org.csirtbot.storage;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The head of an incident's log as it was published outside the database: how many entries it held and the hash of
 * the last one, at a moment. The hash of entry N covers every entry before it ({@link LogEntryHashing}), so a log
 * that still holds entry N with this hash holds entries 1..N as they were; one that is shorter was cut, and one whose
 * entry N hashes otherwise was rewritten, however consistently its later hashes were re-computed.
 *
 * <p>Written as one JSON line: <code>{"incidentId":"INC-2026-0001","entries":7,"headHash":"3f…","at":"2026-…Z"}</code>.
 */
public record LogAnchor(String incidentId, long entries, String headHash, Instant at) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The anchor of a log whose last entry is {@code head}, published {@code at}. */
    public static LogAnchor of(LogEntryDocument head, Instant at) {
        return new LogAnchor(head.incidentId(), head.seq(), head.hash(), at);
    }

    /** The anchor as one line of JSON, without the line's end. */
    public String toJson() {
        ObjectNode line = JSON.createObjectNode().put("incidentId", incidentId).put("entries", entries)
                .put("headHash", headHash).put("at", at.toString());
        return line.toString();
    }

    /**
     * The anchor in one line of JSON as {@link #toJson} writes it.
     *
     * @throws IllegalArgumentException when the line is not one
     */
    public static LogAnchor parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.path("incidentId").isTextual() || !node.path("entries").canConvertToLong()
                    || !node.path("headHash").isTextual() || !node.path("at").isTextual()) {
                throw new IllegalArgumentException("not a log anchor: " + line);
            }
            return new LogAnchor(node.get("incidentId").asText(), node.get("entries").asLong(),
                    node.get("headHash").asText(), Instant.parse(node.get("at").asText()));
        } catch (JsonProcessingException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a log anchor: " + line, e);
        }
    }
}
