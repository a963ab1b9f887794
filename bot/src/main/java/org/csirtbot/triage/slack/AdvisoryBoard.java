package org.csirtbot.triage.slack;

import java.time.Instant;
import java.util.Optional;

import org.csirtbot.intake.AdvisoryReceived;
import org.csirtbot.intake.Intake;
import org.csirtbot.intake.IntakeItem;
import org.csirtbot.slack.RecoveryStep;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/**
 * Asks in the triage channel about each advisory that came in ("are we exposed?"), and shows there the answer given;
 * on recovery, posts those that never got there. Posts are keyed effects: a repeat posts nothing twice.
 */
@SlackComponent
@Order(2)
class AdvisoryBoard implements RecoveryStep {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryBoard.class);

    private final SlackGateway slack;
    private final AdvisoryMessage message;
    private final Intake intake;
    private final TriageChannel triage;
    private final String channel;

    AdvisoryBoard(SlackGateway slack, AdvisoryMessage message, Intake intake, TriageChannel triage,
                  org.csirtbot.slack.CsirtbotProperties properties) {
        this.slack = slack;
        this.message = message;
        this.intake = intake;
        this.triage = triage;
        this.channel = properties.triageChannel();
    }

    @EventListener
    void received(AdvisoryReceived received) {
        try {
            post(received.advisory());
        } catch (RuntimeException e) {
            log.error("{} is stored but not yet posted to the triage channel; recovery will post it",
                    received.advisory().id(), e);
        }
    }

    @Override
    public void recover() {
        if (triage.configured()) {
            intake.advisoriesNotPosted().forEach(advisory -> {
                try {
                    post(advisory);
                } catch (RuntimeException e) {
                    log.info("{} is not posted to triage yet: {}", advisory.id(), e.getMessage());
                }
            });
        }
    }

    private void post(IntakeItem advisory) {
        if (!triage.configured()) {
            log.warn("{} is stored but not posted: set CSIRTBOT_TRIAGE_CHANNEL to the triage channel's ID",
                    advisory.id());
            return;
        }
        String ts = slack.postMessage(SideEffectKey.of("advisory", advisory.id()), channel,
                message.fallback(triage.locale(), advisory), message.blocks(triage.locale(), advisory));
        intake.recordPost(advisory.id(), channel, ts);
    }

    /** Shows the advisory's answer as it now stands on its message. */
    void show(IntakeItem advisory) {
        Optional<IntakeItem> now = intake.find(advisory.id());
        IntakeItem shown = now.orElse(advisory);
        if (shown.channel() == null || shown.ts() == null) {
            return;
        }
        Instant at = shown.decidedAt() == null ? Instant.EPOCH : shown.decidedAt();
        try {
            slack.updateMessage(SideEffectKey.of("advisory-answer", shown.id(), shown.status().code(), at.toString()),
                    shown.channel(), shown.ts(), message.fallback(triage.locale(), shown),
                    message.blocks(triage.locale(), shown));
        } catch (RuntimeException e) {
            log.warn("Could not show the answer to {} in the triage channel: {}", shown.id(), e.getMessage());
        }
    }
}
