package org.csirtbot.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** What some of the bot's API paths read now, to tell later which of them read back differently. */
public final class ApiBaseline {

    private final int port;
    private final Map<String, JsonNode> before = new LinkedHashMap<>();

    private ApiBaseline(int port) {
        this.port = port;
    }

    /** Reads each path now (with the test bot's API token). */
    public static ApiBaseline record(int port, List<String> paths) {
        ApiBaseline baseline = new ApiBaseline(port);
        paths.forEach(path -> baseline.before.put(path, null));
        baseline.before.replaceAll((path, none) -> TestBot.api(port, path).body());
        return baseline;
    }

    /** Each path that reads differently now, with both readings; empty when none does. */
    public List<String> changes() {
        List<String> changes = new ArrayList<>();
        before.forEach((path, then) -> {
            JsonNode now = TestBot.api(port, path).body();
            if (!then.equals(now)) {
                changes.add(path + " changed:\n      before " + then + "\n      after  " + now);
            }
        });
        return changes;
    }
}
