package org.csirtbot.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of an incident's log. Never updated or deleted once written.
 *
 * @param prevHash the {@code hash} of the entry numbered {@code seq - 1}, or 64 zeros for the first entry
 * @param hash     the lower-case hex SHA-256 of this entry's canonical form, as {@link LogEntryHashing} defines it
 */
@Document("incident_log")
@CompoundIndex(name = "incident_seq", def = "{'incidentId': 1, 'seq': 1}", unique = true)
public record LogEntryDocument(
        @Id String id,
        String incidentId,
        long seq,
        Instant at,
        String actor,
        String kind,
        Map<String, Object> data,
        String prevHash,
        String hash) {

    /**
     * The entry as the driver read it, mapped here rather than by Spring Data's converter: reading a long log spent about
     * a third of its time in the converter (issue 16). Values come out as the converter gives them: times as
     * {@link Date}, objects as maps, arrays as lists.
     */
    @SuppressWarnings("unchecked")
    static LogEntryDocument of(org.bson.Document stored) {
        // a field of another type can only be a forgery: read so that verification shows it, not fails on it
        return new LogEntryDocument(String.valueOf(stored.get("_id")), text(stored, "incidentId"),
                stored.get("seq") instanceof Number seq ? seq.longValue() : 0,
                stored.get("at") instanceof Date at ? at.toInstant() : null, text(stored, "actor"), text(stored, "kind"),
                stored.get("data") instanceof Map<?, ?> data ? map((Map<String, Object>) data) : null,
                text(stored, "prevHash"), text(stored, "hash"));
    }

    private static String text(org.bson.Document stored, String field) {
        return stored.get(field) instanceof String text ? text : null;
    }

    private static Map<String, Object> map(Map<String, Object> stored) {
        Map<String, Object> map = new LinkedHashMap<>(stored.size() * 2);
        stored.forEach((key, value) -> map.put(key, plain(value)));
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> nested) {
            return map((Map<String, Object>) nested);
        }
        if (value instanceof List<?> items) {
            List<Object> list = new ArrayList<>(items.size());
            items.forEach(item -> list.add(plain(item)));
            return list;
        }
        return value;
    }
}
