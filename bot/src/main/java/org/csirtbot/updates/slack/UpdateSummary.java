package org.csirtbot.updates.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.slack.SummarySection;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.updates.StatusUpdate;
import org.csirtbot.updates.StatusUpdates;

/**
 * The status updates part of the pinned summary: the latest update (when, by whom, the status it gave, cut to be read
 * at a glance) and when the next one is due, said overdue once that time has passed.
 */
@SlackComponent
class UpdateSummary implements SummarySection {

    /** How much of the latest status the summary shows; the update's own post in the room has it all. */
    static final int STATUS_SHOWN = 300;

    private final StatusUpdates updates;
    private final Texts texts;
    private final Clock clock;

    UpdateSummary(StatusUpdates updates, Texts texts, Clock clock) {
        this.updates = updates;
        this.texts = texts;
        this.clock = clock;
    }

    /** The section's mrkdwn text, or null when the incident has no update and owes none. */
    @Override
    public String section(Locale locale, Incident incident) {
        Optional<StatusUpdate> latest = updates.latest(incident.id());
        Optional<Instant> due = updates.nextDue(incident);
        if (latest.isEmpty() && due.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add("*" + texts.get(locale, "summary.field.updates") + "*");
        lines.add(latest.map(u -> texts.get(locale, "summary.update.latest", Mrkdwn.when(u.at()),
                        Mrkdwn.mention(u.by()), Mrkdwn.escapeAndCut(u.status(), STATUS_SHOWN)))
                .orElse(texts.get(locale, "summary.update.none")));
        due.ifPresent(at -> lines.add(texts.get(locale,
                at.isAfter(clock.instant()) ? "summary.update.next" : "summary.update.overdue", Mrkdwn.when(at))));
        return String.join("\n", lines);
    }
}
