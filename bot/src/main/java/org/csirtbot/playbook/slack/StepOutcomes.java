package org.csirtbot.playbook.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;

/** What became of a step, on its messages: done, skipped, decided, approved or rejected, by whom and when. */
@SlackComponent
class StepOutcomes {

    /** Room for the recorded values in a step's outcome line. */
    private static final int RECORDED_MAX = 1500;

    private final StepPosts steps;
    private final PlaybookNotices notices;
    private final PlaybookWords words;
    private final Texts texts;
    private final UserLocales locales;

    StepOutcomes(StepPosts steps, PlaybookNotices notices, PlaybookWords words, UserLocales locales) {
        this.steps = steps;
        this.notices = notices;
        this.words = words;
        this.texts = words.texts();
        this.locales = locales;
    }

    /** A step closed by this event (done, skipped, decided, rejected to elsewhere); other events change nothing here. */
    void stepOver(Event event, Incident incident, PlaybookRun run, List<StepMessage> shown) {
        if (event instanceof Event.StepCompleted e) {
            steps.closed(incident, run, e.step(), l -> texts.get(l, "playbook.done.completed", who(e.actor(), l),
                    Mrkdwn.when(e.at())) + recorded(run, e.fields(), l), shown);
        } else if (event instanceof Event.StepSkipped e) {
            steps.closed(incident, run, e.step(), l -> texts.get(l, e.waived() ? "playbook.done.waived"
                    : "playbook.done.skipped", who(e.actor(), l), Mrkdwn.when(e.at()), reason(e.reason())), shown);
        } else if (event instanceof Event.DecisionTaken e) {
            steps.closed(incident, run, e.step(), l -> texts.get(l, "playbook.done.decided", who(e.actor(), l),
                    PlaybookWords.text(e.optionLabel(), l), Mrkdwn.when(e.at()), reason(e.rationale())), shown);
        } else if (event instanceof Event.ApprovalRejected e) {
            rejected(incident, run, e, shown);
        }
    }

    void approvalGiven(Incident incident, PlaybookRun run, Event.ApprovalGiven e, List<StepMessage> shown) {
        boolean notify = run.playbook().step(e.step()).map(s -> s.type() == StepType.NOTIFY).orElse(false);
        if (notify) {
            steps.approved(incident, run, e.step(), l -> texts.get(l, "playbook.done.approved", who(e.actor(), l),
                    Mrkdwn.when(e.at())), shown);
        } else if (e.approvals() < e.needed()) {
            Locale locale = locales.fallback();
            notices.say(incident, PlaybookNotices.key("approval-given", run, e.step(), run.round(e.step()), e.actor()),
                    texts.get(locale, "playbook.approval.partial", who(e.actor(), locale),
                            words.stepName(run.playbook(), e.step(), locale), e.approvals(), e.needed()));
        }
    }

    /** Rejected to another step: the step is over. Rejected without one: it waits for a new approval. */
    private void rejected(Incident incident, PlaybookRun run, Event.ApprovalRejected e, List<StepMessage> shown) {
        if (e.nextStep() != null) {
            steps.closed(incident, run, e.step(), l -> texts.get(l, "playbook.done.rejected", who(e.actor(), l),
                    Mrkdwn.when(e.at()), reason(e.reason())), shown);
            return;
        }
        Locale locale = locales.fallback();
        notices.say(incident, PlaybookNotices.key("rejected", run, e.step(), run.round(e.step()),
                run.state().history().size()), texts.get(locale, "playbook.approval.rejected-again", who(e.actor(), locale),
                words.stepName(run.playbook(), e.step(), locale), reason(e.reason())));
    }

    /** The values recorded, "Label: value" each, escaped and cut; empty when none. */
    private String recorded(PlaybookRun run, Map<String, String> fields, Locale locale) {
        if (fields.isEmpty()) {
            return "";
        }
        String values = fields.entrySet().stream()
                .map(f -> words.field(run.playbook(), f.getKey(), locale) + ": " + Mrkdwn.escape(f.getValue()))
                .collect(Collectors.joining("; "));
        return "\n" + Mrkdwn.cut(texts.get(locale, "playbook.done.recorded", values), RECORDED_MAX);
    }

    private String who(String actor, Locale locale) {
        return actor == null || Actor.ENGINE.id().equals(actor) ? texts.get(locale, "playbook.by-bot")
                : Mrkdwn.mention(actor);
    }

    private static String reason(String reason) {
        return reason == null ? "" : Mrkdwn.escapeAndCut(reason, 1000);
    }
}
