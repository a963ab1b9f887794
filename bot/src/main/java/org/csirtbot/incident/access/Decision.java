package org.csirtbot.incident.access;

import java.util.Objects;

/**
 * What {@link Authorization} decided: allowed, or refused with a reason.
 *
 * @param refusal why not; {@code null} when allowed
 */
public record Decision(Refusal refusal) {

    public static final Decision ALLOWED = new Decision(null);

    public static Decision refused(Refusal why) {
        return new Decision(Objects.requireNonNull(why, "why"));
    }

    public boolean allowed() {
        return refusal == null;
    }

    /** {@code ALLOWED} or {@code REFUSED:<reason>}, as the tests' tables write it. */
    @Override
    public String toString() {
        return allowed() ? "ALLOWED" : "REFUSED:" + refusal;
    }
}
