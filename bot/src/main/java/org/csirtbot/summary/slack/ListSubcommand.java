package org.csirtbot.summary.slack;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.time.ReadableTimes;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident list}, anywhere: the open incidents the asker may see, newest first; a restricted one (confidential,
 * AMBER+STRICT, RED) only for those the bot invited to its room or who hold a role on it. Only the asker sees it.
 */
@SlackComponent
class ListSubcommand implements IncidentSubcommand {

    /** Incidents listed: a screenful; more are counted. */
    static final int LISTED = 30;

    private final Incidents incidents;
    private final Permissions permissions;
    private final StoreWithinAck store;
    private final ReadableTimes times;
    private final Texts texts;

    ListSubcommand(Incidents incidents, Permissions permissions, StoreWithinAck store, ReadableTimes times,
                   Texts texts) {
        this.incidents = incidents;
        this.permissions = permissions;
        this.store = store;
        this.times = times;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        var listed = store.attempt(() -> list(invocation.userId(), locale));
        if (listed.failed() || listed.late()) {
            return ctx.ack(texts.get(locale, "error.not-read"));
        }
        return ctx.ack(listed.value());
    }

    private String list(String userId, Locale locale) {
        List<Incident> visible = incidents.open().stream().filter(i -> permissions.mayRead(userId, i))
                .sorted(Comparator.comparing(Incident::declaredAt).reversed()).toList();
        if (visible.isEmpty()) {
            return texts.get(locale, "list.none");
        }
        StringBuilder text = new StringBuilder(texts.get(locale, "list.header", visible.size()));
        visible.stream().limit(LISTED).forEach(i -> text.append('\n').append(line(i, locale)));
        if (visible.size() > LISTED) {
            text.append('\n').append(texts.get(locale, "list.more", visible.size() - LISTED));
        }
        return text.toString();
    }

    private String line(Incident incident, Locale locale) {
        String room = incident.room().channelId() == null ? "—" : "<#" + incident.room().channelId() + ">";
        return texts.get(locale, "list.line", incident.id(), Mrkdwn.escapeAndCut(incident.title(), 80),
                texts.get(locale, "severity." + incident.severity().name()),
                texts.get(locale, "status." + incident.status().code()), Mrkdwn.mention(incident.commanderId()), room,
                times.slack(incident.declaredAt()));
    }
}
