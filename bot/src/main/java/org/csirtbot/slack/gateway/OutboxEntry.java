package org.csirtbot.slack.gateway;

import java.util.Map;

/** An effect in the outbox, as the gateway works with it. */
record OutboxEntry(String key, String lane, long seq, String method, Map<String, String> args, Status status,
                   Map<String, String> result, int attempts, String lastError) {

    enum Status { PENDING, DONE, REFUSED }

    boolean done() {
        return status == Status.DONE;
    }

    boolean pending() {
        return status == Status.PENDING;
    }
}
