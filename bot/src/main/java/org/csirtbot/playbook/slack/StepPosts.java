package org.csirtbot.playbook.slack;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbook.PlaybookRoles;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.PostedMessage;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A step's messages: posted in the room when it becomes ready (and sent to the approvers when it waits for an
 * approval), remembered with the run, and updated when it is done: buttons gone, who did what and when. Failures are
 * logged, never thrown; the outbox sends what Slack did not take.
 */
@SlackComponent
class StepPosts {

    private static final Logger log = LoggerFactory.getLogger(StepPosts.class);

    private final SlackGateway slack;
    private final StepMessages messages;
    private final PlaybookRuns runs;
    private final PlaybookRoles roles;
    private final UserLocales locales;

    StepPosts(SlackGateway slack, StepMessages messages, PlaybookRuns runs, PlaybookRoles roles, UserLocales locales) {
        this.slack = slack;
        this.messages = messages;
        this.runs = runs;
        this.roles = roles;
        this.locales = locales;
    }

    /**
     * The step in the room with its buttons; for an approval, also to each holder of the approving role. Whether each
     * is posted and remembered (or refused by Slack for good, so posting again would not help).
     */
    boolean ready(Incident incident, PlaybookRun run, Step step, Instant dueAt, List<StepMessage> shown) {
        int round = run.round(step.id());
        Locale locale = locales.fallback();
        boolean posted = post(run, step, round, StepMessage.ROOM, incident.room().channelId(),
                messages.fallback(locale, run, step), messages.open(locale, incident, run, step, dueAt), shown);
        String approver = approver(run, step);
        if (approver != null) {
            for (String user : roles.holders(incident, run.playbook(), approver)) {
                Locale theirs = locales.of(user);
                posted &= post(run, step, round, user, user, messages.fallback(theirs, run, step),
                        messages.approvalRequest(theirs, incident, run, step), shown);
            }
        }
        return posted;
    }

    /** Asks in the room for the playbook's inputs, when it has any. */
    void inputs(Incident incident, PlaybookRun run) {
        if (run.playbook().inputs().stream().allMatch(f -> run.state().values().containsKey(f.key()))) {
            return; // none, or all given by the bot (the incident's severity)
        }
        Locale locale = locales.fallback();
        try {
            slack.postMessage(PlaybookNotices.key("inputs", run), incident.room().channelId(),
                    messages.inputsFallback(locale, run), messages.inputs(locale, incident, run));
        } catch (RuntimeException e) {
            log.warn("Could not ask for the inputs of {}: {}", run.id(), e.toString());
        }
    }

    /** Every message of the step's round loses its buttons and says what became of the step. */
    void closed(Incident incident, PlaybookRun run, String stepId, Function<Locale, String> outcome,
                List<StepMessage> shown) {
        updateRound(run, stepId, shown, "done",
                (m, step, locale) -> messages.closed(locale, incident, run, step, outcome.apply(locale)));
    }

    /**
     * A message that needed approval is approved: the room's message shows it may go out now (Mark as sent), the
     * approvers' requests lose their buttons.
     */
    void approved(Incident incident, PlaybookRun run, String stepId, Function<Locale, String> outcome,
                  List<StepMessage> shown) {
        updateRound(run, stepId, shown, "approved", (m, step, locale) -> StepMessage.ROOM.equals(m.recipient())
                ? messages.open(locale, incident, run, step, null)
                : messages.closed(locale, incident, run, step, outcome.apply(locale)));
    }

    /** The role whose holders approve the step now; null when it waits for no approval. */
    static String approver(PlaybookRun run, Step step) {
        if (step.type() == StepType.APPROVAL) {
            return step.approval().approver();
        }
        var state = run.state().steps().get(step.id());
        boolean approved = state != null && state.approved();
        return step.notification() != null && !approved ? step.notification().requiresApprovalBy() : null;
    }

    /** Posted under the step's key (a post that reached the outbox before is found there, not made again). */
    private boolean post(PlaybookRun run, Step step, int round, String recipient, String channel, String text,
                         List<com.slack.api.model.block.LayoutBlock> blocks, List<StepMessage> shown) {
        if (shown.stream().anyMatch(m -> m.step().equals(step.id()) && m.round() == round
                && m.recipient().equals(recipient))) {
            return true;
        }
        try {
            PostedMessage posted = slack.post(PlaybookNotices.key("step", run, step.id(), round, recipient), channel,
                    text, blocks);
            StepMessage message = new StepMessage(step.id(), round, recipient, posted.channel(), posted.ts());
            runs.rememberMessage(run.id(), message);
            shown.add(message);
            return true;
        } catch (SlackCallRejected e) {
            log.warn("Slack refused step {} of {} to {}: {}", step.id(), run.id(), recipient, e.toString());
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not show step {} of {} to {}: {}", step.id(), run.id(), recipient, e.toString());
            return false;
        }
    }

    private void update(PlaybookRun run, StepMessage m, String what, String text,
                        List<com.slack.api.model.block.LayoutBlock> blocks) {
        try {
            slack.updateMessage(PlaybookNotices.key("step-" + what, run, m.step(), m.round(), m.recipient()),
                    m.channel(), m.ts(), text, blocks);
        } catch (RuntimeException e) {
            log.warn("Could not update step {} of {} for {}: {}", m.step(), run.id(), m.recipient(), e.toString());
        }
    }

    /** Updates each message shown of the step's current round, in its recipient's language. */
    private void updateRound(PlaybookRun run, String stepId, List<StepMessage> shown, String what, RoundBlocks blocks) {
        Step step = run.playbook().step(stepId).orElse(null);
        int round = run.round(stepId);
        for (StepMessage m : shown) {
            if (step != null && m.step().equals(stepId) && m.round() == round) {
                Locale locale = localeOf(m);
                update(run, m, what, messages.fallback(locale, run, step), blocks.of(m, step, locale));
            }
        }
    }

    /** The blocks a message of the round shows now. */
    private interface RoundBlocks {
        List<com.slack.api.model.block.LayoutBlock> of(StepMessage message, Step step, Locale locale);
    }

    private Locale localeOf(StepMessage m) {
        return StepMessage.ROOM.equals(m.recipient()) ? locales.fallback() : locales.of(m.recipient());
    }
}
