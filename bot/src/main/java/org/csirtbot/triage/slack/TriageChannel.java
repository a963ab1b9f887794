package org.csirtbot.triage.slack;

import java.util.Locale;

import org.csirtbot.campaigns.CampaignChanged;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/** Posts reports to the triage channel and shows there what became of each. */
@SlackComponent
public class TriageChannel {

    private static final Logger log = LoggerFactory.getLogger(TriageChannel.class);

    private final SlackGateway slack;
    private final TriageMessage message;
    private final ReportIntake intake;
    private final String channel;
    private final Locale locale;
    private final ApplicationEventPublisher events;
    private final java.util.Set<String> posting = java.util.concurrent.ConcurrentHashMap.newKeySet();

    TriageChannel(SlackGateway slack, TriageMessage message, ReportIntake intake, CsirtbotProperties properties,
                  UserLocales locales, ApplicationEventPublisher events) {
        this.events = events;
        this.slack = slack;
        this.message = message;
        this.intake = intake;
        this.channel = properties.triageChannel();
        this.locale = locales.fallback();
    }

    public boolean configured() {
        return channel != null && !channel.isBlank();
    }

    public void post(Report report) {
        post(report, null);
    }

    /**
     * Posts a new report unless a campaign took it in meanwhile. While this runs (its post may wait a while for the
     * channel's pace) {@link #posting} says so, and a campaign founded with it waits to adopt its message rather than
     * post a second one.
     */
    void postUnlessGrouped(Report received, String lookalike) {
        posting.add(received.id());
        try {
            Report report = intake.find(received.id()).orElse(received);
            if (report.campaignId() == null) {
                post(report, lookalike);
            }
        } finally {
            posting.remove(received.id());
        }
    }

    boolean posting(String reportId) {
        return posting.contains(reportId);
    }

    /** Posts the report; {@code lookalike} (or null) is the campaign or report it looks like. */
    void post(Report report, String lookalike) {
        if (!configured()) {
            log.warn("{} is stored but not posted: set CSIRTBOT_TRIAGE_CHANNEL to the triage channel's ID", report.id());
            return;
        }
        String ts = slack.postMessage(SideEffectKey.of("triage", report.id()), channel,
                message.fallback(locale, report), message.open(locale, report, lookalike));
        intake.recordTriagePost(report.id(), channel, ts);
        // a campaign took the report in while it was being posted: the campaign adopts this message or marks it
        intake.find(report.id()).filter(r -> r.campaignId() != null)
                .ifPresent(grouped -> events.publishEvent(new CampaignChanged(grouped.campaignId())));
    }

    /** Replaces the triage actions of the report's post with its outcome. */
    void showOutcome(Report report, String outcome) {
        if (report.triageChannel() == null || report.triageTs() == null) {
            return;
        }
        try {
            slack.updateMessage(SideEffectKey.of("triage-outcome", report.id()), report.triageChannel(),
                    report.triageTs(), message.fallback(locale, report), message.closed(locale, report, outcome));
        } catch (RuntimeException e) {
            log.warn("Could not show the outcome of {} in the triage channel: {}", report.id(), e.getMessage());
        }
    }

    String groupedInto(String campaignId) {
        return message.groupedInto(locale, campaignId);
    }

    Locale locale() {
        return locale;
    }
}
