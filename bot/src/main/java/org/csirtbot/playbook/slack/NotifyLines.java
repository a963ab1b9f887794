package org.csirtbot.playbook.slack;

import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.comms.CommsKind;
import org.csirtbot.comms.Communications;
import org.csirtbot.incident.Incident;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.model.Notify;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * What a notify step says beyond its instructions: to whom, the message, whose approval it waits for, and, for a step
 * whose message is a communication ({@code template}), the approved version of that kind ({@code /incident comms}) or
 * that none is approved yet with the command to draft one. Shown as the step is posted or updated; the outside
 * organisations it names have a section of their own ({@link PartnerLines}).
 */
@SlackComponent
class NotifyLines {

    private final PlaybookWords words;
    private final Texts texts;
    private final Communications communications;

    NotifyLines(PlaybookWords words, Communications communications) {
        this.words = words;
        this.texts = words.texts();
        this.communications = communications;
    }

    String of(Locale locale, Incident incident, PlaybookRun run, Step step, boolean approved) {
        Notify notify = step.notification();
        StringBuilder lines = new StringBuilder();
        String audience = notify.audience().stream().map(a -> audience(locale, incident, run, a))
                .collect(Collectors.joining(", "));
        lines.append("\n").append(texts.get(locale, "playbook.step.notify", audience)).append("\n>")
                .append(PlaybookWords.text(notify.message(), locale).replace("\n", "\n>"));
        if (notify.requiresApprovalBy() != null && !approved) {
            lines.append("\n").append(texts.get(locale, "playbook.step.notify.waits",
                    words.role(incident, run.playbook(), notify.requiresApprovalBy(), locale)));
        }
        CommsKind.ofCode(notify.template()).ifPresent(kind -> lines.append("\n").append(template(locale, incident, kind)));
        return lines.toString();
    }

    private String template(Locale locale, Incident incident, CommsKind kind) {
        String name = texts.get(locale, "comms.kind." + kind.code());
        var approved = communications.approved(incident.id(), kind);
        if (approved.isEmpty()) {
            return texts.get(locale, "playbook.step.notify.template.none", name, kind.code());
        }
        return texts.get(locale, "playbook.step.notify.template", name, approved.stream()
                .map(c -> texts.get(locale, "playbook.step.notify.template.version", c.id(),
                        String.valueOf(c.latest().number()), c.language(), c.latest().shortHash()))
                .collect(Collectors.joining(", ")));
    }

    private String audience(Locale locale, Incident incident, PlaybookRun run, String key) {
        var party = run.playbook().parties().get(key);
        return party != null ? PlaybookWords.text(party.label(), locale) : words.role(incident, run.playbook(), key, locale);
    }
}
