package org.csirtbot.timeline.slack;

import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackTimestamps;
import org.csirtbot.timeline.CapturedMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;

/**
 * Edits and deletions of captured messages, logged as new entries of the incident's timeline; the captured
 * entry stays as it was. Changes to other messages, outside incident rooms and once the incident is closed are
 * ignored.
 */
@SlackComponent
class CapturedMessageChanges {

    private static final Logger log = LoggerFactory.getLogger(CapturedMessageChanges.class);

    private final Incidents incidents;
    private final CapturedMessages timeline;

    CapturedMessageChanges(Incidents incidents, CapturedMessages timeline) {
        this.incidents = incidents;
        this.timeline = timeline;
    }

    void edited(MessageChangedEvent event) {
        var message = event.getMessage();
        if (message == null || message.getTs() == null) {
            return;
        }
        // the edit's own time; Slack also sends changes that are no edit (a link preview), which have none
        boolean edit = message.getEdited() != null && message.getEdited().getTs() != null;
        String editedAt = edit ? message.getEdited().getTs() : event.getTs();
        String editor = edit && message.getEdited().getUser() != null ? message.getEdited().getUser()
                : message.getUser();
        openIncidentIn(event.getChannel()).flatMap(incident -> timeline.edited(incident.id(), event.getChannel(),
                message.getTs(), message.getText(), SlackTimestamps.toInstant(editedAt), editor))
                .ifPresent(entry -> log.info("Edit of captured message {} logged in {} as #{}", message.getTs(),
                        entry.incidentId(), entry.seq()));
    }

    void deleted(MessageDeletedEvent event) {
        if (event.getDeletedTs() == null) {
            return;
        }
        openIncidentIn(event.getChannel()).flatMap(incident -> timeline.deleted(incident.id(), event.getChannel(),
                event.getDeletedTs(), SlackTimestamps.toInstant(event.getTs())))
                .ifPresent(entry -> log.info("Deletion of captured message {} logged in {} as #{}",
                        event.getDeletedTs(), entry.incidentId(), entry.seq()));
    }

    /** A closed incident's log is complete: its report was written from it, so later changes are not added. */
    private Optional<Incident> openIncidentIn(String channel) {
        return incidents.inChannel(channel).filter(incident -> incident.status() != IncidentStatus.CLOSED);
    }
}
