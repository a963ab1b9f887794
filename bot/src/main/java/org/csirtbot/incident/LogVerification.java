package org.csirtbot.incident;

import java.time.Instant;

/**
 * An incident's log checked against its hash chain and the anchors published outside the database: whether it is
 * intact, how many entries it holds and the first bad sequence number ({@code null} when valid), by the rules of
 * {@link org.csirtbot.storage.LogVerification} and {@link org.csirtbot.storage.LogAudit}.
 *
 * @param reason why it is not intact ({@code chain}, {@code truncated} or {@code rewritten}); null when it is
 * @param anchor the latest anchor, or for {@code rewritten} the one whose entry hashes otherwise; null when no anchor
 *               file is configured or it holds none of this incident
 */
public record LogVerification(boolean valid, long entries, Long firstInvalidSeq, String reason, Anchor anchor) {

    /** Checked against the chain alone. */
    public LogVerification(boolean valid, long entries, Long firstInvalidSeq) {
        this(valid, entries, firstInvalidSeq, valid ? null : "chain", null);
    }

    /** The log's head as published: how many entries it held and the hash of the last, when. */
    public record Anchor(long entries, String headHash, Instant at) {
    }
}
