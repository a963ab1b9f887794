package org.csirtbot.playbook.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Severity;
import org.csirtbot.playbook.PlaybookRoles;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;

/**
 * What time brings to a run, said in the room: a step due soon, overdue (mentioning its owners and whom it is
 * escalated to), reminded again; a clock's deadline near or passed; the run finished; a lowering of the severity a
 * decision proposed, for the commander to confirm. Each message is keyed by what
 * it tells, so telling it again (a retry, a restart) posts nothing twice. Failures are logged, never thrown.
 */
@SlackComponent
class PlaybookNotices {

    private static final Logger log = LoggerFactory.getLogger(PlaybookNotices.class);

    private final SlackGateway slack;
    private final PlaybookWords words;
    private final PlaybookRoles roles;
    private final Texts texts;

    PlaybookNotices(SlackGateway slack, PlaybookWords words, PlaybookRoles roles) {
        this.slack = slack;
        this.words = words;
        this.roles = roles;
        this.texts = words.texts();
    }

    void dueSoon(Locale locale, Incident incident, PlaybookRun run, Event.StepDueSoon e) {
        post(incident, key("due-soon", run, e.step(), run.round(e.step())), texts.get(locale, "playbook.due-soon",
                step(run, e.step(), locale), name(run, locale), Mrkdwn.when(e.dueAt()),
                mentions(incident, run.playbook(), owner(run, e.step()))));
    }

    void overdue(Locale locale, Incident incident, PlaybookRun run, Event.StepOverdue e) {
        post(incident, key("overdue", run, e.step(), run.round(e.step())), texts.get(locale, "playbook.overdue",
                step(run, e.step(), locale), name(run, locale), Mrkdwn.when(e.dueAt()),
                mentions(incident, run.playbook(), owner(run, e.step()), e.escalateTo()))
                + escalation(locale, incident, run, e.escalateTo()));
    }

    void reminder(Locale locale, Incident incident, PlaybookRun run, Event.StepReminder e) {
        post(incident, key("reminder", run, e.step(), run.round(e.step()), e.number()), texts.get(locale,
                "playbook.reminder", step(run, e.step(), locale), name(run, locale), e.number(),
                mentions(incident, run.playbook(), owner(run, e.step()), e.escalateTo())));
    }

    void clockWarning(Locale locale, Incident incident, PlaybookRun run, Event.ClockWarning e) {
        post(incident, key("clock-warning", run, e.clock(), e.before()), texts.get(locale, "playbook.clock.warning",
                clock(run, e.clock(), locale), Mrkdwn.when(e.deadline()), name(run, locale)));
    }

    void clockBreached(Locale locale, Incident incident, PlaybookRun run, Event.ClockDeadlinePassed e) {
        List<String> told = new ArrayList<>(e.notifyRoles());
        told.add(e.escalateTo());
        post(incident, key("clock-breached", run, e.clock(), e.hard()), texts.get(locale,
                e.hard() ? "playbook.clock.breached-hard" : "playbook.clock.breached", clock(run, e.clock(), locale),
                Mrkdwn.when(e.deadline()), name(run, locale),
                mentions(incident, run.playbook(), told.toArray(String[]::new))));
    }

    /** A decision would lower the severity: the commander is asked to confirm it with a reason, or leave it. */
    void loweringProposed(Locale locale, Incident incident, PlaybookRun run, Event.SeverityLoweringProposed e) {
        String commander = incident.commanderId() == null ? "" : "<@" + incident.commanderId() + "> ";
        String text = texts.get(locale, "playbook.severity.lowering-proposed", name(run, locale),
                step(run, e.step(), locale), texts.get(locale, "severity." + e.from().name()),
                texts.get(locale, "severity." + e.to().name()), commander, e.to().name());
        var proposal = new LoweringConfirmation.Proposal(incident.id(), Severity.valueOf(e.from().name()),
                Severity.valueOf(e.to().name()));
        List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText(Mrkdwn.cut(text, StepMessages.SECTION_MAX)))),
                actions(a -> a.elements(List.of(ButtonElement.builder().actionId(LoweringConfirmation.CONFIRM)
                        .value(proposal.value()).text(plainText(texts.get(locale, "playbook.lower.confirm",
                                texts.get(locale, "severity." + e.to().name())))).build()))));
        post(incident, key("lowering", run, e.step(), run.round(e.step())), text, blocks);
    }

    /** When the playbook's legal content was last reviewed, if it says so, once when the run starts. */
    void started(Locale locale, Incident incident, PlaybookRun run) {
        String reviewed = run.playbook().legalReviewed();
        if (reviewed != null && !reviewed.isBlank()) {
            post(incident, key("legal-reviewed", run), texts.get(locale, "playbook.legal-reviewed", name(run, locale),
                    run.playbook().version(), Mrkdwn.escape(reviewed)));
        }
    }

    void finished(Locale locale, Incident incident, PlaybookRun run) {
        post(incident, key("finished", run), texts.get(locale, "playbook.finished", name(run, locale)));
    }

    /** A line in the room about a step, keyed by {@code what}. */
    void say(Incident incident, SideEffectKey key, String text) {
        post(incident, key, text);
    }

    private String escalation(Locale locale, Incident incident, PlaybookRun run, String escalateTo) {
        return escalateTo == null ? ""
                : " " + texts.get(locale, "playbook.escalated", words.role(incident, run.playbook(), escalateTo, locale));
    }

    /** Everyone to tell about these roles: their holders, else the commander, each once. */
    private String mentions(Incident incident, Playbook playbook, String... playbookRoles) {
        Set<String> users = new LinkedHashSet<>();
        for (String role : playbookRoles) {
            if (role != null) {
                users.addAll(roles.toTell(incident, playbook, role));
            }
        }
        return PlaybookWords.mentions(List.copyOf(users));
    }

    private static String owner(PlaybookRun run, String step) {
        return run.playbook().step(step).map(s -> s.owner()).orElse(null);
    }

    private String step(PlaybookRun run, String step, Locale locale) {
        return words.stepName(run.playbook(), step, locale);
    }

    private static String name(PlaybookRun run, Locale locale) {
        return PlaybookWords.text(run.playbook().name(), locale);
    }

    private static String clock(PlaybookRun run, String clock, Locale locale) {
        return run.playbook().clocks().stream().filter(c -> c.id().equals(clock)).findFirst().map(ClockDef::label)
                .map(l -> PlaybookWords.text(l, locale)).orElse(Mrkdwn.escape(clock));
    }

    static SideEffectKey key(String what, PlaybookRun run, Object... more) {
        List<String> parts = new ArrayList<>(List.of("playbook-" + what, run.id()));
        for (Object part : more) {
            parts.add(String.valueOf(part));
        }
        return SideEffectKey.of(parts.toArray(String[]::new));
    }

    private void post(Incident incident, SideEffectKey key, String text) {
        post(incident, key, text, null);
    }

    private void post(Incident incident, SideEffectKey key, String text, List<LayoutBlock> blocks) {
        try {
            slack.postMessage(key, incident.room().channelId(), text, blocks);
        } catch (RuntimeException e) {
            log.warn("Could not post {} in the room of {}: {}", key.value(), incident.id(), e.toString());
        }
    }
}
