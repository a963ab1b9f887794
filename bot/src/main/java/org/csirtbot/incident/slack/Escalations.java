package org.csirtbot.incident.slack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.SeverityRaised;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;

/**
 * Alerts when an incident is raised to S1 or S2, whatever raised it ({@link SeverityRaised}: {@code /incident
 * severity}, a playbook decision, …): its approvers and the executives by direct message, and the executive channel.
 * The approvers work on the incident and are told everything; the executives and their channel see neither the title
 * nor the reason of an incident whose room is private (confidential, TLP AMBER+STRICT or RED). Each message is keyed
 * by the change's log entry, so a retry never posts twice. Sent after the change is answered, never in its way; logs
 * rather than throws. An exercise reaches neither the executives nor their channel unless its scenario says so.
 */
@SlackComponent
class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    /** How much of the reason an alert quotes; the whole of it is in the incident log. */
    private static final int REASON_SHOWN = 600;

    private final SlackGateway slack;
    private final DirectMessages messages;
    private final IncidentTitles titles;
    private final Texts texts;
    private final UserLocales locales;
    private final String execChannel;
    private final List<String> executives;
    private final Executor work;
    private final AtomicBoolean warnedNoChannel = new AtomicBoolean();

    Escalations(SlackGateway slack, DirectMessages messages, IncidentTitles titles, Texts texts, UserLocales locales,
                CsirtbotProperties properties, @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.work = work;
        this.messages = messages;
        this.titles = titles;
        this.texts = texts;
        this.locales = locales;
        this.execChannel = properties.execChannel();
        this.executives = List.copyOf(properties.executives());
    }

    @EventListener
    void on(SeverityRaised raised) {
        if (!raised.toUrgent()) {
            return;
        }
        try {
            work.execute(() -> alert(raised));
        } catch (RuntimeException e) {
            log.warn("Could not alert about {} raised to {}: {}", raised.incident().id(), raised.incident().severity(),
                    e.toString());
        }
    }

    /** Tells everyone who must know who raised the incident, and why. */
    private void alert(SeverityRaised change) {
        Incident incident = change.incident();
        String seq = String.valueOf(change.entry().seq());
        Set<String> told = new LinkedHashSet<>();
        for (String approver : incident.holders(IncidentRole.APPROVER)) {
            if (told.add(approver)) {
                messages.send(approver, SideEffectKey.of("escalation", incident.id(), seq, approver),
                        text(locales.of(approver), change, false));
            }
        }
        if (!incident.reachesExecutives()) {
            return;
        }
        boolean restricted = incident.needsPrivateRoom();
        for (String executive : executives) {
            if (told.add(executive)) {
                messages.send(executive, SideEffectKey.of("escalation", incident.id(), seq, executive),
                        text(locales.of(executive), change, restricted));
            }
        }
        tellExecutiveChannel(SideEffectKey.of("escalation", incident.id(), seq, "exec-channel"),
                text(locales.fallback(), change, restricted));
    }

    private void tellExecutiveChannel(SideEffectKey key, String text) {
        if (execChannel == null) {
            if (!warnedNoChannel.getAndSet(true)) {
                log.warn("No executive channel (CSIRTBOT_EXEC_CHANNEL) is set: alerts of incidents raised to S1 or S2 "
                        + "go only to the approvers and executives directly");
            }
            return;
        }
        try {
            slack.postMessage(key, execChannel, text, null);
        } catch (RuntimeException e) {
            log.warn("Could not post {} to the executive channel: {}", key.value(), e.toString());
        }
    }

    private String text(Locale locale, SeverityRaised change, boolean restricted) {
        Incident incident = change.incident();
        String title = restricted ? titles.outsideRoom(locale, incident) : incident.title();
        String why = restricted ? texts.get(locale, "escalation.reason-restricted")
                : Mrkdwn.escapeAndCut(change.reason(), REASON_SHOWN);
        String room = incident.room().channelId() == null ? "—" : "<#" + incident.room().channelId() + ">";
        String by = IncidentLog.BOT.equals(change.by()) ? texts.get(locale, "escalation.by-bot")
                : Mrkdwn.mention(change.by());
        return texts.get(locale, "escalation.raised", incident.id(), severity(locale, incident.severity()),
                severity(locale, change.from()), by,
                Mrkdwn.escapeAndCut(title, SummaryMessage.HEADER_MAX), why, room);
    }

    private String severity(Locale locale, Severity severity) {
        return texts.get(locale, "severity." + severity.name());
    }
}
