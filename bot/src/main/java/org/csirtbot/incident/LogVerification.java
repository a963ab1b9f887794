package org.csirtbot.incident;

/**
 * An incident's log checked against its hash chain: whether it is intact, how many entries it holds and
 * the first bad sequence number ({@code null} when valid), by the rules of
 * {@link org.csirtbot.storage.LogVerification}.
 */
public record LogVerification(boolean valid, long entries, Long firstInvalidSeq) {
}
