package org.csirtbot.incident.slack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.incident.SeverityChanges.SeverityChange;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident severity <S1|S2|S3|S4> <reason>} in an incident's room: its commander or deputy changes the
 * severity, always saying why. Without a level or a reason the criteria of each level are shown, as in the declare
 * form. The summary and topic then show the new severity; raised to S1 or S2, the approvers and executives are
 * alerted ({@link Escalations} hears of every raise, whatever made it). Answers only the person who asked.
 */
@SlackComponent
class SeveritySubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final SeverityChanges severities;
    private final SlackIncidentRooms rooms;
    private final Texts texts;
    private final Executor work;

    SeveritySubcommand(RoomCommands room, SeverityChanges severities, SlackIncidentRooms rooms, Texts texts,
                       @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.severities = severities;
        this.rooms = rooms;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "severity";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        String[] words = invocation.argument().split("\\s+", 2);
        if (words[0].isEmpty()) {
            return ctx.ack(criteria(locale));
        }
        Optional<Severity> to = Arrays.stream(Severity.values())
                .filter(s -> s.name().equalsIgnoreCase(words[0])).findFirst();
        if (to.isEmpty()) {
            return ctx.ack(texts.get(locale, "incident.severity.unknown", Mrkdwn.escapeAndCut(words[0], 50),
                    Arrays.stream(Severity.values()).map(s -> "`" + s.name() + "`").collect(Collectors.joining(", "))));
        }
        String reason = words.length > 1 ? words[1].strip() : "";
        if (reason.isEmpty()) {
            return ctx.ack(criteria(locale));
        }
        if (!SeverityChanges.fits(reason)) {
            return ctx.ack(texts.get(locale, "incident.severity.reason-too-long", SeverityChanges.REASON_MAX));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CHANGE_SEVERITY,
                "incident.severity.pending", "error.not-recorded",
                (incident, ignored) -> change(incident, invocation, to.get(), reason)));
    }

    /** Changes the severity; returns what to tell the person. */
    private String change(Incident incident, Invocation invocation, Severity to, String reason) {
        Locale locale = invocation.locale();
        SeverityChange change = severities.change(incident.id(), invocation.userId(), to, reason);
        String from = texts.get(locale, "severity." + change.from().name());
        return switch (change.outcome()) {
            case CHANGED -> {
                work.execute(() -> {
                    rooms.refreshSummary(change.incident(), change.entry());
                    rooms.refreshTopic(change.incident(), change.entry());
                });
                String changed = texts.get(locale, "incident.severity.changed", incident.id(), from,
                        texts.get(locale, "severity." + to.name()));
                yield change.raisedToUrgent() ? changed + " " + texts.get(locale, "incident.severity.alerted") : changed;
            }
            case UNCHANGED -> texts.get(locale, "incident.severity.unchanged", incident.id(), from);
            case CONTENDED -> texts.get(locale, "incident.severity.contended", incident.id(), from);
        };
    }

    /** The levels with the definitions the declare form shows, and how to give a reason. */
    private String criteria(Locale locale) {
        StringBuilder text = new StringBuilder(texts.get(locale, "incident.severity.criteria"));
        for (Severity s : Severity.values()) {
            text.append("\n").append(texts.get(locale, "text.list-item", "*" + texts.get(locale, "severity." + s.name()) + "*: "
                    + texts.get(locale, "severity." + s.name() + ".def")));
        }
        return text.append("\n").append(texts.get(locale, "incident.severity.how")).toString();
    }
}
