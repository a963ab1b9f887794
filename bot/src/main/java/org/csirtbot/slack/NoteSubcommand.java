package org.csirtbot.slack;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.csirtbot.incident.CsirtAction;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentNotes;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** {@code /incident note <text>} in an incident's room: appends the text, exactly as typed, to its log. */
@SlackComponent
class NoteSubcommand implements IncidentSubcommand {

    private static final Logger log = LoggerFactory.getLogger(NoteSubcommand.class);

    private final Incidents incidents;
    private final IncidentNotes notes;
    private final Permissions permissions;
    private final Texts texts;
    private final StoreWithinAck store;
    private final DirectMessages messages;
    private final Executor work;

    NoteSubcommand(Incidents incidents, IncidentNotes notes, Permissions permissions, Texts texts,
                   StoreWithinAck store, DirectMessages messages, @Qualifier("slackWork") Executor work) {
        this.incidents = incidents;
        this.notes = notes;
        this.permissions = permissions;
        this.texts = texts;
        this.store = store;
        this.messages = messages;
        this.work = work;
    }

    @Override
    public String name() {
        return "note";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        Incident incident = incidents.inChannel(invocation.channelId()).orElse(null);
        if (incident == null) {
            return ctx.ack(texts.get(locale, "incident.not-in-room"));
        }
        String refusal = permissions.refusal(invocation.userId(), CsirtAction.ADD_NOTE, incident, locale);
        if (refusal != null) {
            return ctx.ack(refusal);
        }
        String text = invocation.argument();
        if (text.isBlank()) {
            return ctx.ack(texts.get(locale, "note.empty"));
        }
        if (!IncidentNotes.fits(text)) {
            return ctx.ack(texts.get(locale, "note.too-long", IncidentNotes.MAX_LENGTH));
        }
        var recorded = store.attempt(() -> notes.add(incident.id(), invocation.userId(), text));
        if (recorded.failed()) {
            return ctx.ack(notRecorded(recorded.failure(), invocation, locale));
        }
        if (recorded.late()) {
            recorded.later().whenCompleteAsync((entry, failure) -> messages.sendEvenIfStoreIsDown(invocation.userId(),
                    failure == null ? noted(entry, locale) : notRecorded(failure, invocation, locale)), work);
            return ctx.ack(texts.get(locale, "note.recording", Mrkdwn.escape(incident.id())));
        }
        return ctx.ack(noted(recorded.value(), locale));
    }

    private String noted(LogEntry entry, Locale locale) {
        return texts.get(locale, "note.added", Mrkdwn.escape(entry.incidentId()), String.valueOf(entry.seq()));
    }

    private String notRecorded(Throwable failure, Invocation invocation, Locale locale) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        log.error("Could not record a note by {} in {}", invocation.userId(), invocation.channelId(), cause);
        return texts.get(locale, "note.not-recorded");
    }
}
