package org.csirtbot.slack;

/**
 * One feature's part of recovery: finishing in Slack what an interruption left undone. {@link SlackRecovery} runs the
 * steps in their {@link org.springframework.core.annotation.Order}, after the outbox is sent, on start and every
 * {@code csirtbot.recovery-interval}; a step that throws ends this round, and the next round tries again.
 */
public interface RecoveryStep {

    void recover();
}
