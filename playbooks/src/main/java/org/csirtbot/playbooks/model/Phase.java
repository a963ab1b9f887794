package org.csirtbot.playbooks.model;

import java.util.List;

/** An ordered group of steps, e.g. containment. */
public record Phase(String id, LText name, String nistPhase, List<String> csf, List<Step> steps) {
    public Phase {
        csf = Lists.orEmpty(csf);
        steps = Lists.orEmpty(steps);
    }
}
