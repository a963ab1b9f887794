package org.csirtbot.timeline.slack;

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
 * entry stays as it was. Changes to other messages, and outside incident rooms, are ignored.
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
        incidents.inChannel(event.getChannel()).flatMap(incident -> timeline.edited(incident.id(), event.getChannel(),
                message.getTs(), message.getText(), SlackTimestamps.toInstant(editedAt), editor))
                .ifPresent(entry -> log.info("Edit of captured message {} logged in {} as #{}", message.getTs(),
                        entry.incidentId(), entry.seq()));
    }

    void deleted(MessageDeletedEvent event) {
        if (event.getDeletedTs() == null) {
            return;
        }
        incidents.inChannel(event.getChannel()).flatMap(incident -> timeline.deleted(incident.id(), event.getChannel(),
                event.getDeletedTs(), SlackTimestamps.toInstant(event.getTs())))
                .ifPresent(entry -> log.info("Deletion of captured message {} logged in {} as #{}",
                        event.getDeletedTs(), entry.incidentId(), entry.seq()));
    }
}
