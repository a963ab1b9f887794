package org.csirtbot.storage;

import java.time.Instant;
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
}
