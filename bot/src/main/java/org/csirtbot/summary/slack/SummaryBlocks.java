package org.csirtbot.summary.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.time.ReadableTimes;
import org.csirtbot.incident.slack.SummaryMessage;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.summary.IncidentPicture;
import org.csirtbot.summary.SummaryField;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;

/**
 * An incident's summary showing only the fields given, for the executive channel and {@code /incident summary}.
 * Times are in the organisation's zone, so everyone in the channel reads the same deadline a regulator counts.
 * People's text is escaped and cut within Slack's limits.
 */
@SlackComponent
class SummaryBlocks {

    /** How much of a status update's part, or of the outcome, a summary quotes; the log holds the whole. */
    static final int PART_SHOWN = 500;

    private final Texts texts;
    private final ReadableTimes times;

    SummaryBlocks(Texts texts, ReadableTimes times) {
        this.texts = texts;
        this.times = times;
    }

    String fallback(Locale locale, IncidentPicture picture, Set<SummaryField> shown) {
        Incident incident = picture.incident();
        return texts.get(locale, "exec.fallback", incident.id(), severity(locale, incident), status(locale, incident));
    }

    List<LayoutBlock> blocks(Locale locale, IncidentPicture picture, Set<SummaryField> shown) {
        Incident incident = picture.incident();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.cut(title(locale, incident, shown), SummaryMessage.HEADER_MAX)))));
        List<TextObject> fields = fields(locale, picture, shown).stream().map(f -> (TextObject) markdownText(f)).toList();
        blocks.add(section(s -> s.fields(fields)));
        sections(locale, picture, shown).forEach(text -> blocks.add(section(s -> s.text(markdownText(text)))));
        String room = room(locale, incident, shown);
        if (room != null) {
            blocks.add(context(c -> c.elements(List.of(markdownText(room)))));
        }
        return blocks;
    }

    /** The same as one mrkdwn text, for an answer only the asker sees. */
    String text(Locale locale, IncidentPicture picture, Set<SummaryField> shown) {
        Incident incident = picture.incident();
        List<String> parts = new ArrayList<>();
        parts.add("*" + Mrkdwn.escapeAndCut(title(locale, incident, shown), SummaryMessage.HEADER_MAX) + "*");
        parts.add(fields(locale, picture, shown).stream().map(f -> f.replace("*\n", "*: "))
                .collect(Collectors.joining(" · ")));
        parts.addAll(sections(locale, picture, shown));
        String room = room(locale, incident, shown);
        if (room != null) {
            parts.add(room);
        }
        return String.join("\n\n", parts);
    }

    private String title(Locale locale, Incident incident, Set<SummaryField> shown) {
        return shown.contains(SummaryField.TITLE) ? incident.id() + " " + incident.title()
                : texts.get(locale, "exec.untitled", incident.id());
    }

    private String room(Locale locale, Incident incident, Set<SummaryField> shown) {
        return shown.contains(SummaryField.ROOM) && incident.room().channelId() != null
                ? texts.get(locale, "exec.room", "<#" + incident.room().channelId() + ">") : null;
    }

    private List<String> fields(Locale locale, IncidentPicture picture, Set<SummaryField> shown) {
        Incident incident = picture.incident();
        List<String> fields = new ArrayList<>();
        add(fields, shown, SummaryField.SEVERITY, locale, "summary.field.severity", severity(locale, incident));
        add(fields, shown, SummaryField.STATUS, locale, "summary.field.status", status(locale, incident));
        add(fields, shown, SummaryField.COMMANDER, locale, "summary.field.commander", Mrkdwn.mention(incident.commanderId()));
        add(fields, shown, SummaryField.TLP, locale, "summary.field.tlp", "TLP:" + incident.tlp().label());
        add(fields, shown, SummaryField.CATEGORY, locale, "summary.field.category",
                texts.get(locale, "category." + incident.category().code()));
        if (!picture.closed()) {
            add(fields, shown, SummaryField.NEXT_UPDATE, locale, "exec.field.next-update", picture.nextUpdateDue() == null
                    ? texts.get(locale, "exec.next-update.none") : times.format(picture.nextUpdateDue()));
        }
        return fields;
    }

    private void add(List<String> fields, Set<SummaryField> shown, SummaryField field, Locale locale, String label,
                     String value) {
        if (shown.contains(field)) {
            fields.add("*" + texts.get(locale, label) + "*\n" + value);
        }
    }

    /** The longer parts, each a section of its own: outcome, latest update, decisions, clocks. */
    private List<String> sections(Locale locale, IncidentPicture picture, Set<SummaryField> shown) {
        List<String> parts = new ArrayList<>();
        if (picture.closed() && shown.contains(SummaryField.OUTCOME)) {
            parts.add(outcome(locale, picture));
        }
        if (picture.latestUpdate() != null && shown.contains(SummaryField.UPDATE)) {
            var u = picture.latestUpdate();
            parts.add(texts.get(locale, "exec.update", times.format(u.at()), Mrkdwn.mention(u.by()), part(u.status()),
                    part(u.impact()), part(u.actions()), part(u.next()), part(u.needs())));
        }
        if (!picture.decisions().isEmpty() && shown.contains(SummaryField.DECISIONS)) {
            parts.add("*" + texts.get(locale, "exec.decisions") + "*\n" + picture.decisions().stream()
                    .map(d -> texts.get(locale, "exec.decision", d.id(), part(d.question()), part(d.chosen())))
                    .collect(Collectors.joining("\n")));
        }
        if (!picture.clocks().isEmpty() && shown.contains(SummaryField.CLOCKS) && !picture.closed()) {
            parts.add("*" + texts.get(locale, "exec.clocks") + "*\n" + picture.clocks().stream()
                    .map(c -> texts.get(locale, c.breached() ? "exec.clock.breached" : "exec.clock",
                            Mrkdwn.escape(c.name()), times.format(c.deadline())))
                    .collect(Collectors.joining("\n")));
        }
        return parts;
    }

    /** Closed when, after how long, and what happened as the lessons learned say, when they say. */
    String outcome(Locale locale, IncidentPicture picture) {
        Incident incident = picture.incident();
        Duration open = Duration.between(incident.declaredAt(), picture.closedAt());
        String text = texts.get(locale, "exec.outcome", times.format(picture.closedAt()),
                String.valueOf(open.toHours()), String.valueOf(open.toMinutesPart()));
        String happened = incident.closure().lessons().get("what_happened");
        return happened == null || happened.isBlank() ? text : text + "\n" + part(happened);
    }

    private static String part(String text) {
        return text == null || text.isBlank() ? "—" : Mrkdwn.escapeAndCut(text, PART_SHOWN);
    }

    private String severity(Locale locale, Incident incident) {
        return texts.get(locale, "severity." + incident.severity().name());
    }

    private String status(Locale locale, Incident incident) {
        return texts.get(locale, "status." + incident.status().code());
    }
}
