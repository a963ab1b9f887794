package org.csirtbot.improvements.slack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.improvements.Improvement;
import org.csirtbot.improvements.ImprovementStatus;
import org.csirtbot.improvements.Improvements;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * Improvement items as people read them in Slack: one line each (status in the reader's language, owner, due day,
 * the text escaped and cut), and the lists {@code /incident improve list} shows, within a message's limits.
 */
@SlackComponent
class ImprovementLines {

    /** A listed item's text is cut here; the API has it whole. */
    static final int TEXT_SHOWN = 300;
    /** At most this many items are listed; the API lists them all. */
    static final int LISTED = 20;

    private final Improvements improvements;
    private final Incidents incidents;
    private final Texts texts;

    ImprovementLines(Improvements improvements, Incidents incidents, Texts texts) {
        this.improvements = improvements;
        this.incidents = incidents;
        this.texts = texts;
    }

    String status(ImprovementStatus status, Locale locale) {
        return texts.get(locale, "improve.status." + status.code());
    }

    String line(Improvement item, Locale locale) {
        return texts.get(locale, "improve.line", status(item.status(), locale), Mrkdwn.mention(item.owner()),
                String.valueOf(item.dueOn()), Mrkdwn.escapeAndCut(item.text(), TEXT_SHOWN));
    }

    /** In an incident's room, its items; elsewhere, the items {@code user} still owes. */
    String list(String channel, String user, Locale locale) {
        Incident incident = incidents.inChannel(channel).orElse(null);
        List<Improvement> items = incident != null ? improvements.ofIncident(incident.id())
                : improvements.owedBy(user);
        if (items.isEmpty()) {
            return texts.get(locale, incident != null ? "improve.list.none-here" : "improve.list.none-owed");
        }
        String header = incident != null ? texts.get(locale, "improve.list.here", incident.id(), items.size())
                : texts.get(locale, "improve.list.owed", items.size());
        String shown = items.stream().limit(LISTED).map(i -> "• *" + i.id() + "* " + line(i, locale))
                .collect(Collectors.joining("\n"));
        return header + "\n" + shown + (items.size() > LISTED ? "\n" + texts.get(locale, "improve.list.more",
                items.size() - LISTED) : "");
    }
}
