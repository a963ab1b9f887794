package org.csirtbot.partners;

import java.util.List;

/**
 * A supplier's or contractor's contractual incident duties (CSF 2.0 GV.SC-05, GV.SC-08): to notify us within so many
 * hours of learning of an incident that touches us (null: not agreed), what it must provide (logs, forensic access…),
 * and the contract clause they come from.
 */
public record Duties(Integer notifyWithinHours, List<String> provides, String contractRef) {

    public static final Duties NONE = new Duties(null, List.of(), "");

    public Duties {
        provides = provides == null ? List.of() : List.copyOf(provides);
        contractRef = contractRef == null ? "" : contractRef;
    }

    /** Whether any duty is written down. */
    public boolean any() {
        return notifyWithinHours != null || !provides.isEmpty() || !contractRef.isEmpty();
    }
}
