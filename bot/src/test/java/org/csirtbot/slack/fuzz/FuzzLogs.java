package org.csirtbot.slack.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.csirtbot.testkit.TestBot;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The logs of the incidents a run made, read through the API: which no longer verify, what kinds of entries the hostile
 * input made, and which of them hold text that came with an unpaired surrogate (stored as U+FFFD).
 */
record FuzzLogs(List<String> broken, Map<String, Integer> logged, Map<String, Integer> replaced) {

    /** The IDs of the incidents stored now (other test classes share the store, and some tamper with logs). */
    static Set<String> incidents(int port) {
        Set<String> ids = new HashSet<>();
        TestBot.api(port, "/api/incidents").body().forEach(incident -> ids.add(incident.path("id").asText()));
        return ids;
    }

    /** The logs of the incidents made since {@code before} was taken. */
    static FuzzLogs read(int port, Set<String> before) {
        FuzzLogs logs = new FuzzLogs(new ArrayList<>(), new TreeMap<>(), new TreeMap<>());
        for (String id : incidents(port)) {
            if (before.contains(id)) {
                continue;
            }
            JsonNode verified = TestBot.api(port, "/api/incidents/" + id + "/log/verify").body();
            if (!verified.path("valid").asBoolean()) {
                logs.broken.add(id + " " + verified);
            }
            for (JsonNode entry : TestBot.api(port, "/api/incidents/" + id + "/log").body()) {
                logs.logged.merge(entry.path("kind").asText(), 1, Integer::sum);
                if (entry.path("data").toString().contains("\ufffd")) {
                    logs.replaced.merge(entry.path("kind").asText(), 1, Integer::sum);
                }
            }
        }
        return logs;
    }

    void print(String testName) {
        System.out.printf("%s: log entries by kind %s; holding text with an unpaired surrogate (kept as U+FFFD) %s%n",
                testName, logged, replaced);
    }
}
