package org.csirtbot.playbook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.engine.RunStateJson;

/** A run as read from the store, before its playbook is looked up: the state is still JSON. */
record StoredRun(String id, String incidentId, String playbookId, int playbookVersion, String state, long version,
                 boolean finished, String startedBy, Instant startedAt, List<StepMessage> messages) {

    /** The run with its playbook, or empty when that playbook is no longer in force. */
    Optional<PlaybookRun> with(PlaybookCatalog catalog) {
        return catalog.find(playbookId, playbookVersion).map(playbook -> new PlaybookRun(id, incidentId, playbook,
                RunStateJson.read(state, RunState.class), version, startedBy, startedAt, messages));
    }
}
