package org.csirtbot.slack;

import java.util.List;
import java.util.concurrent.Executor;

import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finishes what an interruption left undone: on start, and then every half minute, sends the effects
 * still in the outbox, then runs each feature's {@link RecoveryStep} in order: reports that never reached triage
 * and rooms whose opening stopped half-way (a crash, Slack or the store down), then the playbook changes stored but
 * not shown in their rooms.
 */
@SlackComponent
public class SlackRecovery {

    private static final Logger log = LoggerFactory.getLogger(SlackRecovery.class);

    private final SlackGateway slack;
    private final List<RecoveryStep> steps;
    private final Executor work;

    SlackRecovery(SlackGateway slack, List<RecoveryStep> steps, @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.steps = List.copyOf(steps);
        this.work = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        work.execute(this::recover);
    }

    @Scheduled(initialDelayString = "${csirtbot.recovery-interval:30s}", fixedDelayString = "${csirtbot.recovery-interval:30s}")
    public void recover() {
        try {
            slack.dispatchPending();
            steps.forEach(RecoveryStep::recover);
        } catch (RuntimeException e) {
            log.warn("Recovery will try again: {}", e.getMessage());
        }
    }
}
