package org.csirtbot.storage;

import java.util.List;
import java.util.Objects;

/**
 * An incident's log checked against its hash chain ({@link LogEntryHashing}).
 *
 * <p>The entries are read in {@code seq} order (ties by id) and checked one position at a time: the n-th entry
 * must carry {@code seq} n, its {@code prevHash} must be the {@code hash} of the entry before it (64 zeros for
 * the first), and its {@code hash} must be the one re-computed from its fields. {@code firstInvalidSeq} is
 * decided at the first position n where one of these fails:
 * <ul>
 * <li>the entry's own {@code seq} when it is smaller than n: that number is held by a second entry;</li>
 * <li>n otherwise: number n is missing (the entry there carries a greater one), or the entry numbered n is
 *     not linked to its predecessor, or is not what was hashed when it was written.</li>
 * </ul>
 * So, for a log numbered 1..N:
 * <ul>
 * <li>a field of entry k changed (data, actor, kind, at, prevHash or hash) → k; its seq changed to an unused
 *     number → k as well (k is then missing), except that a number below 1 is itself reported;</li>
 * <li>entry k (k &lt; N) removed, or moved to another incident by changing its incidentId → k, the missing
 *     number;</li>
 * <li>the seq numbers of entries i &lt; j swapped → i;</li>
 * <li>an extra entry N+1 that is not a correct link → N+1; a second entry numbered k (possible only if the
 *     unique index was dropped) → k; an entry slipped in at k by renumbering k..N → k, or k+1 when the
 *     forger also computed a correct hash for it (the renumbered entry k+1 no longer matches its hash);</li>
 * <li>entry k rewritten together with its {@code hash} → k+1, whose {@code prevHash} no longer matches.</li>
 * </ul>
 * The chain alone cannot show a removed last entry, nor entries appended or rewritten up to the end by
 * someone who re-computes every later hash; {@code entries} and the last hash kept elsewhere can.
 *
 * @param valid           whether every entry checked
 * @param entries         how many entries the log holds
 * @param firstInvalidSeq the first bad sequence number as above, {@code null} when valid
 */
public record LogVerification(boolean valid, long entries, Long firstInvalidSeq) {

    /** Checks entries given in {@code seq} order. */
    static LogVerification of(List<LogEntryDocument> entries) {
        // every entry's hash on all cores first: hashing was half the check of a long log (issue 16)
        String[] recomputed = entries.parallelStream().map(LogVerification::recomputed).toArray(String[]::new);
        String previousHash = LogEntryHashing.GENESIS;
        long position = 0;
        for (LogEntryDocument entry : entries) {
            position++;
            if (entry.seq() < position) {
                return invalid(entries, entry.seq());
            }
            if (entry.seq() > position || !Objects.equals(entry.prevHash(), previousHash)
                    || !Objects.equals(entry.hash(), recomputed[(int) position - 1])) {
                return invalid(entries, position);
            }
            previousHash = entry.hash();
        }
        return new LogVerification(true, entries.size(), null);
    }

    private static String recomputed(LogEntryDocument entry) {
        try {
            return LogEntryHashing.hash(entry);
        } catch (IllegalArgumentException unhashable) {
            return null; // data of a kind append never writes: the entry was not written by the bot
        }
    }

    private static LogVerification invalid(List<LogEntryDocument> entries, long seq) {
        return new LogVerification(false, entries.size(), seq);
    }
}
