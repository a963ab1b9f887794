package org.csirtbot.comms;

import java.time.Instant;
import java.util.List;

/**
 * One version of a communication, as its log entries tell it: the text drafted and its hash, who drafted it and when,
 * and what became of it. A version never changes its text; an edit is the next version.
 *
 * @param number    1, 2, … within its communication
 * @param text      subject and text as drafted
 * @param hash      the SHA-256 the log recorded with it ({@link CommsText#hash()})
 * @param draftedBy who drafted it
 * @param draftedAt when
 * @param state     where it stands
 * @param decidedBy who approved or rejected it (null while a draft)
 * @param reason    why it was rejected (null otherwise)
 * @param sendings  where it was sent, by whom and when, oldest first
 */
public record CommsVersion(int number, CommsText text, String hash, String draftedBy, Instant draftedAt, State state,
                           String decidedBy, String reason, List<Sending> sendings) {

    public CommsVersion {
        sendings = List.copyOf(sendings);
    }

    /** Where a version stands: drafted, rejected, approved, or approved and sent at least once. */
    public enum State {
        DRAFT, REJECTED, APPROVED, SENT;

        public String code() {
            return name().toLowerCase();
        }
    }

    /** That it went out: where (as the sender said, e.g. "corporate website"), by whom, when they recorded it. */
    public record Sending(String where, String by, Instant at) {
    }

    /** How much of a hash is shown: enough to tell versions apart at a glance; the log keeps all of it. */
    public static final int HASH_SHOWN = 12;

    /** The hash as shown: its first {@link #HASH_SHOWN} hex digits. */
    public String shortHash() {
        return hash.length() > HASH_SHOWN ? hash.substring(0, HASH_SHOWN) : hash;
    }

    /** Whether it may go out: approved, and perhaps sent somewhere already. */
    public boolean approved() {
        return state == State.APPROVED || state == State.SENT;
    }

    CommsVersion decided(State to, String by, String why) {
        return new CommsVersion(number, text, hash, draftedBy, draftedAt, to, by, why, sendings);
    }

    CommsVersion sent(Sending sending) {
        List<Sending> all = new java.util.ArrayList<>(sendings);
        all.add(sending);
        return new CommsVersion(number, text, hash, draftedBy, draftedAt, State.SENT, decidedBy, reason, all);
    }
}
