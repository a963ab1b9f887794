package org.csirtbot.timeline.slack;

import java.util.Locale;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackTimestamps;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.timeline.CapturedMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.model.Message;

/**
 * Captures a message of an incident room into the incident's timeline when someone adds the capture reaction,
 * and tells that person privately how it went. Reactions outside incident rooms are ignored. Runs after the
 * acknowledgement: it reads the message and its link from Slack.
 */
@SlackComponent
class ReactionCapture {

    private static final Logger log = LoggerFactory.getLogger(ReactionCapture.class);

    private final Incidents incidents;
    private final CapturedMessages timeline;
    private final SlackGateway slack;
    private final UserLocales locales;
    private final Texts texts;

    ReactionCapture(Incidents incidents, CapturedMessages timeline, SlackGateway slack, UserLocales locales,
                    Texts texts) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.slack = slack;
        this.locales = locales;
        this.texts = texts;
    }

    void capture(String channel, String ts, String capturedBy) {
        Incident incident = incidents.inChannel(channel).orElse(null);
        if (incident == null) {
            return;
        }
        Locale locale = locales.of(capturedBy);
        String reply;
        try {
            reply = captured(incident, channel, ts, capturedBy, locale);
        } catch (SlackCallRejected e) {
            log.warn("Could not read message {} in {} to capture it: {}", ts, channel, e.error());
            reply = texts.get(locale, "capture.not-read");
        } catch (RuntimeException e) {
            log.error("Capturing message {} in {} for {} failed", ts, channel, capturedBy, e);
            reply = texts.get(locale, "capture.failed");
        }
        tell(channel, capturedBy, reply);
    }

    private String captured(Incident incident, String channel, String ts, String capturedBy, Locale locale) {
        String id = Mrkdwn.escape(incident.id());
        if (incident.status() == IncidentStatus.CLOSED) {
            return texts.get(locale, "capture.closed", id);
        }
        Optional<LogEntry> before = timeline.captureOf(incident.id(), channel, ts);
        if (before.isPresent()) {
            return texts.get(locale, "capture.already", id, String.valueOf(before.get().seq()));
        }
        Optional<Message> message = slack.message(channel, ts);
        if (message.isEmpty()) {
            return texts.get(locale, "capture.not-read");
        }
        var capture = timeline.capture(incident, capturedBy, asCaptured(channel, message.get()));
        return switch (capture.outcome()) {
            case CAPTURED -> texts.get(locale, "capture.captured", id, String.valueOf(capture.entry().seq()));
            case ALREADY_CAPTURED -> texts.get(locale, "capture.already", id, String.valueOf(capture.entry().seq()));
            case INCIDENT_CLOSED -> texts.get(locale, "capture.closed", id);
        };
    }

    private CapturedMessages.Message asCaptured(String channel, Message m) {
        String author = m.getUser() != null ? m.getUser() : m.getBotId();
        // a thread's parent carries its own ts as thread_ts; only a reply belongs to another message's thread
        String thread = m.getThreadTs() != null && !m.getThreadTs().equals(m.getTs()) ? m.getThreadTs() : null;
        return new CapturedMessages.Message(channel, m.getTs(), thread, author, m.getText(),
                SlackTimestamps.toInstant(m.getTs()), permalink(channel, m.getTs()));
    }

    /** The link is a convenience: a message Slack gives no link for is captured without one. */
    private String permalink(String channel, String ts) {
        try {
            return slack.permalink(channel, ts);
        } catch (SlackCallRejected e) {
            log.warn("No permalink for message {} in {}: {}", ts, channel, e.error());
            return null;
        }
    }

    private void tell(String channel, String user, String text) {
        try {
            slack.postEphemeral(channel, user, text);
        } catch (RuntimeException e) {
            log.warn("Could not tell {} in {} about their capture: {}", user, channel, e.getMessage());
        }
    }
}
