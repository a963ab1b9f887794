package org.csirtbot.playbooks.load;

import java.util.ArrayList;
import java.util.List;

/** Problems found by the semantic checks, each at a JSON pointer into the playbook. */
final class Findings {

    /** One problem before it has a line and column. */
    record Finding(String pointer, String message) {
    }

    private final List<Finding> found = new ArrayList<>();

    void add(String pointer, String message) {
        found.add(new Finding(pointer, message));
    }

    List<Finding> list() {
        return List.copyOf(found);
    }

    /** /phases/0/steps/2/id → phases[0].steps[2].id, the way YAML authors read paths. */
    static String yamlPath(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }
}
