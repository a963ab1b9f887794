package org.csirtbot.storage;

import java.util.Comparator;
import java.util.List;

/**
 * An incident's log checked against its hash chain ({@link LogVerification}) and then against the anchors published
 * outside the database ({@link LogAnchor}), the one check that both {@code /api/incidents/{id}/log/verify} and the
 * offline {@link LogAuditCommand} run. Each anchor (N entries, hash H) is checked in the order of N: the log must
 * still hold entry N, and entry N must hash to H.
 *
 * @param valid           whether the chain holds and every anchor does
 * @param entries         how many entries the log holds
 * @param firstInvalidSeq the chain's first bad entry; for an anchor the log no longer reaches, the first missing
 *                        entry; for an anchor whose entry hashes otherwise, the first entry after the last anchor that
 *                        held (the rewrite is at or after it); null when valid
 * @param reason          null when valid; {@link #CHAIN}, {@link #TRUNCATED} or {@link #REWRITTEN}
 * @param anchor          the latest anchor (for {@link #TRUNCATED}: how long the log was), or the one whose entry
 *                        hashes otherwise ({@link #REWRITTEN}); null when there is none
 */
public record LogAudit(boolean valid, long entries, Long firstInvalidSeq, String reason, LogAnchor anchor) {

    /** An entry is not linked to the one before it, or not what was hashed when it was written. */
    public static final String CHAIN = "chain";
    /** The log ends before the last entry an anchor published: entries were removed from its end. */
    public static final String TRUNCATED = "truncated";
    /** The entry an anchor published hashes otherwise now: the log was rewritten and re-hashed. */
    public static final String REWRITTEN = "rewritten";

    /** Checks entries given in {@code seq} order against the chain and the incident's anchors (any order). */
    public static LogAudit of(List<LogEntryDocument> entries, List<LogAnchor> anchors) {
        LogVerification chain = LogVerification.of(entries);
        List<LogAnchor> ordered = anchors.stream().filter(a -> a.entries() >= 1)
                .sorted(Comparator.comparingLong(LogAnchor::entries).thenComparing(LogAnchor::at)).toList();
        LogAnchor latest = ordered.isEmpty() ? null : ordered.get(ordered.size() - 1);
        long size = entries.size();
        if (!chain.valid()) {
            return new LogAudit(false, size, chain.firstInvalidSeq(), CHAIN, latest);
        }
        long vouched = 0;
        for (LogAnchor anchor : ordered) {
            if (anchor.entries() > size) {
                return new LogAudit(false, size, size + 1, TRUNCATED, latest);
            }
            if (!entries.get((int) anchor.entries() - 1).hash().equals(anchor.headHash())) {
                return new LogAudit(false, size, vouched + 1, REWRITTEN, anchor);
            }
            vouched = anchor.entries();
        }
        return new LogAudit(true, size, null, null, latest);
    }
}
