package org.csirtbot.playbook.slack;

import java.util.Optional;

/**
 * What a playbook button or form carries: the run ({@code <incidentId>/<playbookId>}) and the step, as
 * {@code <runId>|<stepId>}; for Start, the incident and the playbook.
 */
record StepRef(String runId, String step) {

    private static final int MAX = 300;

    String value() {
        return runId + "|" + step;
    }

    /** Empty for a value the bot did not make (forged, or cut). */
    static Optional<StepRef> parse(String value) {
        if (value == null || value.length() > MAX) {
            return Optional.empty();
        }
        int bar = value.indexOf('|');
        if (bar <= 0 || bar == value.length() - 1 || value.indexOf('|', bar + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new StepRef(value.substring(0, bar), value.substring(bar + 1)));
    }
}
