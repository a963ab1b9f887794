package org.csirtbot.triage.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a modal opened from the triage channel carries in its {@code private_metadata}: the report and
 * where its triage post is. All null for a modal opened by a command.
 */
public record TriageContext(String reportId, String channel, String ts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TriageContext none() {
        return new TriageContext(null, null, null);
    }

    public String toMetadata() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the metadata back; anything unreadable counts as no context. */
    static TriageContext fromMetadata(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return none();
        }
        try {
            TriageContext context = JSON.readValue(metadata, TriageContext.class);
            return context == null ? none() : context;
        } catch (JsonProcessingException e) {
            return none();
        }
    }

    boolean fromReport() {
        return reportId != null;
    }
}
