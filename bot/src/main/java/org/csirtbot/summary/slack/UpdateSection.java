package org.csirtbot.summary.slack;

import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.slack.ReadableTimes;
import org.csirtbot.incident.slack.SummarySection;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.updates.StatusUpdates;

/** The room's pinned summary shows the latest status update and when the next one is due. */
@SlackComponent
class UpdateSection implements SummarySection {

    private final StatusUpdates updates;
    private final ReadableTimes times;
    private final Texts texts;

    UpdateSection(StatusUpdates updates, ReadableTimes times, Texts texts) {
        this.updates = updates;
        this.times = times;
        this.texts = texts;
    }

    @Override
    public String section(Locale locale, Incident incident) {
        if (incident.status() == IncidentStatus.CLOSED) {
            return null;
        }
        String next = updates.nextDue(incident).map(times::slack).orElse(texts.get(locale, "exec.next-update.none"));
        return updates.latest(incident.id())
                .map(u -> texts.get(locale, "summary.update.latest", times.slack(u.at()), Mrkdwn.mention(u.by()),
                        Mrkdwn.escapeAndCut(u.status(), SummaryBlocks.PART_SHOWN), next))
                .orElse(texts.get(locale, "summary.update.none", next));
    }
}
