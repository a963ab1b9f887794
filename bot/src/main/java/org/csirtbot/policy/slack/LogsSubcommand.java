package org.csirtbot.policy.slack;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.RoomCommands.RoomAction;
import org.csirtbot.policy.LogReach;
import org.csirtbot.policy.OrganisationPolicy;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.time.ReadableTimes;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident logs} in an incident's room: each log source of the inventory, how far back it reaches today, and a
 * warning on those that no longer reach the incident's earliest known time minus the look-back ("before that, gone:
 * preserve now"), those first. For whoever may read the incident; only to the person who asked.
 */
@SlackComponent
class LogsSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final OrganisationPolicy policy;
    private final ReadableTimes times;
    private final Texts texts;

    LogsSubcommand(RoomCommands room, OrganisationPolicy policy, ReadableTimes times, Texts texts) {
        this.room = room;
        this.policy = policy;
        this.times = times;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        return room.run(invocation, ctx, new RoomAction(CsirtAction.READ_INCIDENT, "policy.logs.pending",
                "error.not-read", this::answer));
    }

    private String answer(Incident incident, Locale locale) {
        List<LogReach> reach = policy.reach(incident);
        if (reach.isEmpty()) {
            return texts.get(locale, "policy.logs.none");
        }
        Instant needed = reach.get(0).needed();
        String header = texts.get(locale, "policy.logs.header", incident.id(), day(needed),
                policy.earliestKnown(incident).map(this::day).orElse("—"), String.valueOf(policy.lookBack().toDays()));
        String lines = reach.stream().sorted((a, b) -> Boolean.compare(b.tooShort(), a.tooShort()))
                .map(r -> line(locale, r)).collect(Collectors.joining("\n"));
        return Mrkdwn.cut(header + "\n" + lines, PolicySubcommand.ANSWER_MAX);
    }

    private String line(Locale locale, LogReach r) {
        var s = r.source();
        String about = texts.get(locale, "policy.logs.about", String.valueOf(s.retentionDays()),
                Mrkdwn.escapeAndCut(s.records().in(locale), 200), Mrkdwn.escapeAndCut(s.where(), 150),
                Mrkdwn.escapeAndCut(s.owner(), 100));
        return texts.get(locale, "text.list-item", texts.get(locale, r.tooShort() ? "policy.logs.short"
                : "policy.logs.reaches", Mrkdwn.escapeAndCut(s.name().in(locale), 100), day(r.reachesBack())) + " "
                + about);
    }

    private String day(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(at.atZone(times.timeZone()));
    }
}
