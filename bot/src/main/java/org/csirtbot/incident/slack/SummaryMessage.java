package org.csirtbot.incident.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.modulith.NamedInterface;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;

/** The incident summary pinned in its room. User-typed titles go into plain text, never mrkdwn. */
@NamedInterface("room")
@SlackComponent
public class SummaryMessage {

    /** Slack's limit for header text. */
    public static final int HEADER_MAX = 150;
    /** Holders of one role named in the summary; more are counted, so the section stays within Slack's limit. */
    static final int HOLDERS_SHOWN = 10;

    /** Hex digits of the log's last hash shown: enough to compare with an export, short enough to read. */
    static final int HEAD_SHOWN = 12;

    private final Texts texts;
    private final List<SummarySection> sections;
    private final IncidentLog log;

    SummaryMessage(Texts texts, List<SummarySection> sections, IncidentLog log) {
        this.texts = texts;
        this.sections = List.copyOf(sections);
        this.log = log;
    }

    String fallback(Locale locale, Incident incident) {
        return texts.get(locale, "summary.fallback", incident.id());
    }

    List<LayoutBlock> blocks(Locale locale, Incident incident) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Mrkdwn.cut(incident.id() + " " + incident.title(), HEADER_MAX)))));
        List<TextObject> fields = List.of(
                field(locale, "summary.field.severity", texts.get(locale, "severity." + incident.severity().name())),
                field(locale, "summary.field.status", texts.get(locale, "status." + incident.status().code())),
                field(locale, "summary.field.tlp", "TLP:" + incident.tlp().label()),
                field(locale, "summary.field.category", texts.get(locale, "category." + incident.category().code())),
                field(locale, "summary.field.commander", "<@" + incident.commanderId() + ">"),
                field(locale, "summary.field.declared", "<!date^" + incident.declaredAt().getEpochSecond()
                        + "^{date_short_pretty} {time}|" + incident.declaredAt() + ">"),
                field(locale, "summary.field.reports",
                        incident.reportIds().isEmpty() ? "—" : String.join(", ", incident.reportIds())));
        blocks.add(section(s -> s.fields(fields)));
        if (!incident.roles().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(roles(locale, incident)))));
        }
        for (SummarySection part : sections) {
            String text = part.section(locale, incident);
            if (text != null) {
                blocks.add(section(s -> s.text(markdownText(text))));
            }
        }
        if (incident.confidential()) {
            blocks.add(section(s -> s.text(markdownText(texts.get(locale, "summary.confidential")))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(texts.get(locale, "summary.footer")),
                markdownText(logHead(locale, incident))))));
        return blocks;
    }

    /**
     * The log's entry count and last hash as of this update: published in Slack, where the database's administrator
     * cannot rewrite it, so a log cut short or re-hashed afterwards no longer matches what the room was shown.
     */
    private String logHead(Locale locale, Incident incident) {
        return log.head(incident.id()).map(head -> texts.get(locale, "summary.log-head", String.valueOf(head.seq()),
                head.hash().substring(0, HEAD_SHOWN))).orElse(texts.get(locale, "summary.log-empty"));
    }

    /** The roles besides commander, one line each: "Approver: <@U1>, <@U2>". */
    private String roles(Locale locale, Incident incident) {
        return "*" + texts.get(locale, "summary.field.roles") + "*\n" + Arrays.stream(IncidentRole.values())
                .filter(role -> role != IncidentRole.COMMANDER && !incident.holders(role).isEmpty())
                .map(role -> texts.get(locale, "role." + role.code()) + ": " + holders(locale, incident.holders(role)))
                .collect(Collectors.joining("\n"));
    }

    private String holders(Locale locale, List<String> users) {
        String shown = users.stream().limit(HOLDERS_SHOWN).map(Mrkdwn::mention).collect(Collectors.joining(", "));
        return users.size() <= HOLDERS_SHOWN ? shown
                : shown + " " + texts.get(locale, "summary.roles.more", users.size() - HOLDERS_SHOWN);
    }

    private TextObject field(Locale locale, String labelKey, String value) {
        return markdownText("*" + texts.get(locale, labelKey) + "*\n" + value);
    }
}
