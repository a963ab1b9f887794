package org.csirtbot.slack.gateway;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;


/**
 * Performs Slack side effects through the persisted outbox: each is written before it is sent, sent in
 * order within its conversation, and marked done with Slack's answer. Asked again under the same key,
 * the stored answer is returned; after a send whose outcome is unknown (timeout, reset, crash), Slack
 * is checked before sending again, so applying an effect twice has one effect.
 */
class SlackEffects {

    private final OutboxDocuments outbox;
    private final SlackCalls calls;
    private final EffectSender sender;
    private final EffectTraces traces;
    private final Map<String, ReentrantLock> lanes = new ConcurrentHashMap<>();

    SlackEffects(OutboxDocuments outbox, SlackCalls calls, EffectSender sender, EffectTraces traces) {
        this.outbox = outbox;
        this.calls = calls;
        this.sender = sender;
        this.traces = traces;
    }

    /** Records the effect, performs it (or finds it done) and returns Slack's answer. */
    Map<String, String> perform(SideEffectKey key, String lane, String method, Map<String, String> args) {
        return dispatch(outbox.enqueue(key.value(), lane, method, args));
    }

    /** Performs a recorded effect unless it is done; keeps the order of effects on one conversation. */
    Map<String, String> dispatch(OutboxEntry entry) {
        ReentrantLock lane = lanes.computeIfAbsent(entry.lane(), l -> new ReentrantLock(true));
        lane.lock();
        try {
            OutboxEntry current = outbox.find(entry.key()).orElse(entry);
            if (current.done()) {
                return current.result() == null ? Map.of() : current.result();
            }
            if (!current.pending()) {
                throw new SlackCallRejected(current.method(), current.lastError(), "refused earlier");
            }
            // effects on one conversation keep their order: what was written before goes first
            for (OutboxEntry earlier : outbox.pendingBefore(current)) {
                try {
                    send(earlier);
                } catch (SlackCallRejected refused) {
                    // refused for good and recorded so; it no longer holds the conversation up
                }
            }
            return send(current);
        } finally {
            lane.unlock();
        }
    }

    private Map<String, String> send(OutboxEntry entry) {
        try {
            Map<String, String> result = calls.resilient(entry.method(), () -> attempt(entry.key()));
            outbox.markDone(entry.key(), result);
            return result;
        } catch (SlackCallRejected e) {
            outbox.markRefused(entry.key(), e.error());
            throw e;
        } catch (SlackUnreachable e) {
            outbox.recordError(entry.key(), e.getMessage());
            throw e;
        }
    }

    private Map<String, String> attempt(String key) {
        OutboxEntry entry = outbox.find(key).orElseThrow();
        if (entry.attempts() > 0) {
            Optional<Map<String, String>> alreadyDone = traces.findDone(entry);
            if (alreadyDone.isPresent()) {
                return alreadyDone.get();
            }
        }
        return sender.send(outbox.beginAttempt(key));
    }
}
