package org.csirtbot.timeline.slack;

import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.timeline.IncidentNotes;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** {@code /incident note <text>} in an incident's room: appends the text, exactly as typed, to its log. */
@SlackComponent
class NoteSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final IncidentNotes notes;
    private final Texts texts;

    NoteSubcommand(RoomCommands room, IncidentNotes notes, Texts texts) {
        this.room = room;
        this.notes = notes;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "note";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.ADD_NOTE, "note.recording",
                "note.not-recorded", (incident, locale) -> add(incident, invocation, locale), invocation.argument()));
    }

    private String add(Incident incident, Invocation invocation, Locale locale) {
        String text = invocation.argument();
        if (text.isBlank()) {
            return texts.get(locale, "note.empty");
        }
        if (!IncidentNotes.fits(text)) {
            return texts.get(locale, "note.too-long", IncidentNotes.MAX_LENGTH);
        }
        LogEntry entry = notes.add(incident.id(), invocation.userId(), text);
        return texts.get(locale, "note.added", Mrkdwn.escape(entry.incidentId()), String.valueOf(entry.seq()));
    }
}
