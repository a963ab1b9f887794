package org.csirtbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A log entry's data as tests compare it. */
public final class LogData {

    private LogData() {
    }

    /**
     * Without {@code op}, the random ID a state change gives its entry so that it is written exactly once (asserted in
     * {@code PendingLogStoreTests}); present, it is checked to be there.
     */
    public static JsonNode withoutOp(JsonNode data) {
        if (!data.has("op") || data.path("op").asText().isBlank()) {
            throw new AssertionError("a state change's entry carries its op: " + data);
        }
        ObjectNode copy = data.deepCopy();
        copy.remove("op");
        return copy;
    }
}
