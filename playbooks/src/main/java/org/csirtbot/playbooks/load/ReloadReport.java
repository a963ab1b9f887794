package org.csirtbot.playbooks.load;

import java.util.List;

/**
 * What one reload changed: playbook ids added, updated (another version or text) and removed, and the files
 * newly refused, each with its problems and the version kept active in its place (null when none).
 */
public record ReloadReport(List<String> added, List<String> updated, List<String> removed, List<Refusal> refused) {

    /** A refused file; {@code keptVersion} is the version of its last good playbook that stays active. */
    public record Refusal(String file, List<Problem> problems, Integer keptVersion) {
    }

    public boolean changed() {
        return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty() || !refused.isEmpty();
    }
}
