package org.csirtbot.updates.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;

import com.slack.api.model.block.LayoutBlock;

/**
 * What the status updates say in the room, in the bot's language: an update as given (its author's text escaped, each
 * field in a section of its own within Slack's limit) with when the next one is due, and the reminder that one is due,
 * mentioning the commander and the comms role. Times are Slack's date formatting, so each reader sees their own zone.
 * Each post is keyed by what it tells (the update's log entry, the reminder's due time), so it is never posted twice.
 */
@SlackComponent
class UpdatePosts {

    /** Slack's limit for a section's text. */
    static final int SECTION_MAX = 3000;
    /** Slack's limit for a header's text. */
    private static final int HEADER_MAX = 150;
    /** How much of the status the message's notification text shows. */
    private static final int FALLBACK_STATUS = 200;

    private final SlackGateway slack;
    private final Texts texts;
    private final Locale locale;

    UpdatePosts(SlackGateway slack, Texts texts, UserLocales locales) {
        this.slack = slack;
        this.texts = texts;
        this.locale = locales.fallback();
    }

    /** Posts the update logged as {@code entry} in the incident's room; {@code nextDue} is when the next one is due. */
    void update(Incident incident, LogEntry entry, Optional<Instant> nextDue) {
        Map<String, Object> data = entry.data();
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = texts.get(locale, "update.post.header", incident.id());
        blocks.add(header(h -> h.text(plainText(Mrkdwn.cut(title, HEADER_MAX)))));
        for (String field : UpdateModal.FIELDS) {
            String text = String.valueOf(data.getOrDefault(field, ""));
            if (!text.isBlank()) {
                String label = "*" + texts.get(locale, "update.field." + field) + "*\n";
                blocks.add(section(s -> s.text(markdownText(label
                        + Mrkdwn.escapeAndCut(text, SECTION_MAX - label.length())))));
            }
        }
        String next = nextDue.map(at -> texts.get(locale, "update.post.next", Mrkdwn.when(at)))
                .orElse(texts.get(locale, "update.post.no-next"));
        String by = texts.get(locale, "update.post.by", Mrkdwn.mention(entry.actor()), Mrkdwn.when(entry.at()));
        blocks.add(context(c -> c.elements(List.of(markdownText(by + " · " + next)))));
        String fallback = texts.get(locale, "update.post.fallback", incident.id(),
                Mrkdwn.escapeAndCut(String.valueOf(data.getOrDefault("status", "")), FALLBACK_STATUS));
        slack.postMessage(SideEffectKey.of("status-update", incident.id(), String.valueOf(entry.seq())),
                incident.room().channelId(), fallback, blocks);
    }

    /** Reminds the commander and the comms role in the room that the update due at {@code dueAt} is owed. */
    void reminder(Incident incident, Instant dueAt) {
        Set<String> told = new LinkedHashSet<>(incident.holders(IncidentRole.COMMANDER));
        told.addAll(incident.holders(IncidentRole.COMMS));
        String mentions = told.stream().map(Mrkdwn::mention).collect(Collectors.joining(" "));
        String text = texts.get(locale, "update.reminder", mentions, incident.id(), Mrkdwn.when(dueAt));
        slack.postMessage(SideEffectKey.of("status-update-reminder", incident.id(), dueAt.toString()),
                incident.room().channelId(), text, null);
    }
}
