package org.csirtbot.storage;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One intended effect in Slack, written before it is sent. {@code key} names the effect (so doing it
 * twice is recognised), {@code lane} the conversation whose order it keeps, {@code seq} that order.
 * {@code attempts} counts sends begun: above zero, Slack may already have done it.
 */
@Document("slack_outbox")
public record OutboxDocument(
        @Id String key,
        String lane,
        long seq,
        String method,
        Map<String, String> args,
        String status,
        Map<String, String> result,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant doneAt) {

    public static final String PENDING = "pending";
    public static final String DONE = "done";
    public static final String REFUSED = "refused";

    public boolean done() {
        return DONE.equals(status);
    }

    public boolean pending() {
        return PENDING.equals(status);
    }
}
