package org.csirtbot.sandbox.workspace;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

/**
 * Answers a test scripted for a method, given instead of the workspace's own (an error, a 429, a docs sample),
 * and delays per method. Asked by {@link WorkspaceRouter} before the method is handled; called with the state
 * lock held.
 */
final class WorkspaceScript {

    private final Map<String, Queue<SlackAnswer>> once = new HashMap<>();
    private final Map<String, SlackAnswer> always = new HashMap<>();
    private final Map<String, Duration> delays = new HashMap<>();
    private Duration everyCall;

    /** Every call to the method answers this, without changing the workspace. */
    void always(String method, SlackAnswer answer) {
        always.put(method, answer);
    }

    /** The next call to the method answers this; several queue up in order, and beat {@link #always}. */
    void once(String method, SlackAnswer answer) {
        once.computeIfAbsent(method, m -> new ArrayDeque<>()).add(answer);
    }

    /** Every answer of the method, whatever it is, comes this much later. */
    /** Every method's answer comes this much later, unless the method has a delay of its own (null: none). */
    void delayEveryCall(Duration delay) {
        everyCall = delay;
    }

    void delay(String method, Duration delay) {
        delays.put(method, delay);
    }

    /** The scripted answer for this call, if the test gave one (a queued one is used up). */
    Optional<SlackAnswer> refuse(String method) {
        Queue<SlackAnswer> queued = once.get(method);
        if (queued != null && !queued.isEmpty()) {
            return Optional.of(queued.remove());
        }
        return Optional.ofNullable(always.get(method));
    }

    SlackAnswer delayed(String method, SlackAnswer answer) {
        Duration delay = delays.getOrDefault(method, everyCall);
        return delay == null ? answer : answer.delayedBy(delay);
    }

    void clear() {
        once.clear();
        always.clear();
        delays.clear();
        everyCall = null;
    }
}
