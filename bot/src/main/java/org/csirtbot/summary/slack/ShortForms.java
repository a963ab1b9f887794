package org.csirtbot.summary.slack;

import java.util.Locale;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.time.ReadableTimes;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.summary.IncidentPicture;
import org.csirtbot.summary.SummaryField;

/**
 * An incident in a line or two, showing only the fields given: the digest's line for executives, and the thank-you a
 * reporter gets when it closes.
 */
@SlackComponent
class ShortForms {

    /** How much of a title a digest line quotes. */
    static final int TITLE_SHOWN = 80;
    /** How much of what happened a reporter is told; the lessons learned hold the rest. */
    static final int HAPPENED_SHOWN = 300;

    private final Texts texts;
    private final ReadableTimes times;

    ShortForms(Texts texts, ReadableTimes times) {
        this.texts = texts;
        this.times = times;
    }

    /** The digest's line: the ID, and what else is shown of severity, status, commander, next update and clocks. */
    String digestLine(Locale locale, IncidentPicture picture, Set<SummaryField> shown) {
        Incident incident = picture.incident();
        StringBuilder line = new StringBuilder(texts.get(locale, "text.list-item", "*" + incident.id() + "*"));
        if (shown.contains(SummaryField.TITLE)) {
            line.append(' ').append(Mrkdwn.escapeAndCut(incident.title(), TITLE_SHOWN));
        }
        append(line, shown.contains(SummaryField.SEVERITY), texts.get(locale, "severity." + incident.severity().name()));
        append(line, shown.contains(SummaryField.STATUS), texts.get(locale, "status." + incident.status().code()));
        append(line, shown.contains(SummaryField.COMMANDER), Mrkdwn.mention(incident.commanderId()));
        append(line, shown.contains(SummaryField.NEXT_UPDATE) && picture.nextUpdateDue() != null,
                texts.get(locale, "exec.digest.next-update", times.format(picture.nextUpdateDue())));
        append(line, shown.contains(SummaryField.CLOCKS) && !picture.clocks().isEmpty(),
                texts.get(locale, "exec.digest.clocks", picture.clocks().size()));
        return line.toString();
    }

    private static void append(StringBuilder line, boolean shown, String part) {
        if (shown) {
            line.append(" · ").append(part);
        }
    }

    /**
     * The thank-you for report {@code reportId}: always that the incident is closed; its title and what happened (the
     * lessons learned's first answer) when the title is shown; that it was resolved when only the outcome is.
     */
    String thanks(Locale locale, Incident incident, String reportId, Set<SummaryField> shown) {
        String thanks = texts.get(locale, "reporter.thanks", reportId, incident.id());
        if (shown.contains(SummaryField.TITLE)) {
            thanks += "\n" + texts.get(locale, "reporter.thanks.title", Mrkdwn.escapeAndCut(incident.title(), 150));
        }
        if (shown.contains(SummaryField.OUTCOME)) {
            String happened = incident.closure().lessons().get("what_happened");
            thanks += "\n" + (happened == null || happened.isBlank() || !shown.contains(SummaryField.TITLE)
                    ? texts.get(locale, "reporter.thanks.resolved")
                    : texts.get(locale, "reporter.thanks.happened", Mrkdwn.escapeAndCut(happened, HAPPENED_SHOWN)));
        }
        return thanks;
    }
}
