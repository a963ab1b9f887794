package org.csirtbot.partners.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.partners.OutsideRequest;
import org.csirtbot.partners.RequestReminders;
import org.csirtbot.partners.RequestStatus;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

/**
 * What the room sees of its requests, in the bot's language: each request as a message (its TLP first, the
 * organisation, the subject and references escaped, when a reply is due, where it stands) with a button for each other
 * status, updated in place when it changes; and the reminder that a reply is due, mentioning the liaison (else the
 * commander). Each post is keyed by what it shows, so it is never posted twice.
 */
@SlackComponent
class RequestPosts {

    /** A status button's action ID is this followed by the status; its value is {@code <incident>|<request>}. */
    static final String BUTTON = "outside_request_";
    static final int SUBJECT_SHOWN = 1000;
    static final int REF_SHOWN = 100;

    private final SlackGateway slack;
    private final RequestWords words;
    private final Texts texts;
    private final Locale locale;

    RequestPosts(SlackGateway slack, RequestWords words, UserLocales locales) {
        this.slack = slack;
        this.words = words;
        this.texts = words.texts();
        this.locale = locales.fallback();
    }

    /** Posts the request in the room; returns the message's timestamp. */
    String post(Incident incident, OutsideRequest request) {
        return slack.postMessage(SideEffectKey.of("outside-request", request.id()), incident.room().channelId(),
                fallback(request), blocks(incident, request));
    }

    /** Shows the request's new status on its message. */
    void update(Incident incident, OutsideRequest request) {
        if (request.channel() == null || request.ts() == null) {
            return;
        }
        slack.updateMessage(SideEffectKey.of("outside-request-status", request.id(), request.status().code(),
                String.valueOf(request.changedAt().toEpochMilli())), request.channel(), request.ts(),
                fallback(request), blocks(incident, request));
    }

    /** Reminds the liaison (else the commander) in the room that the request's reply is due, or overdue. */
    void reminder(Incident incident, RequestReminders.Due due) {
        OutsideRequest r = due.request();
        Set<String> told = new LinkedHashSet<>(incident.holders(IncidentRole.LIAISON));
        if (told.isEmpty()) {
            told.addAll(incident.holders(IncidentRole.COMMANDER));
        }
        String mentions = told.stream().map(Mrkdwn::mention).collect(Collectors.joining(" "));
        String text = texts.get(locale, due.overdue() == 0 ? "request.reminder.due" : "request.reminder.overdue",
                mentions, r.id(), words.partner(locale, r.partnerId()), Mrkdwn.escapeAndCut(r.subject(), 200),
                r.dueOn().toString(), String.valueOf(due.overdue()), words.status(locale, r.status()));
        slack.postMessage(SideEffectKey.of("outside-request-reminder", r.id(), due.day().toString()),
                incident.room().channelId(), text, null);
    }

    /** Tells the room that {@code request} moved from {@code from} to its status, and by whom. */
    void changed(Incident incident, OutsideRequest request, RequestStatus from) {
        String text = texts.get(locale, "request.room.changed", Mrkdwn.mention(request.changedBy()), request.id(),
                words.partner(locale, request.partnerId()), words.status(locale, from),
                words.status(locale, request.status()));
        slack.postMessage(SideEffectKey.of("outside-request-changed", request.id(), request.status().code(),
                String.valueOf(request.changedAt().toEpochMilli())), incident.room().channelId(), text, null);
    }

    /** The request as one line of a list. */
    String line(Locale in, OutsideRequest r) {
        String due = r.dueOn() == null ? "" : " · " + texts.get(in, "request.line.due", r.dueOn().toString());
        return texts.get(in, "request.line", r.id(), words.toOrFrom(in, r.direction()),
                words.partner(in, r.partnerId()), r.tlp().label(), Mrkdwn.escapeAndCut(r.subject(), 100),
                words.status(in, r.status())) + due;
    }

    private List<LayoutBlock> blocks(Incident incident, OutsideRequest r) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(locale, "request.post.header", r.tlp().label(), r.id(), words.toOrFrom(locale,
                r.direction()), words.partner(locale, r.partnerId())));
        lines.add(texts.get(locale, "request.post.subject", Mrkdwn.escapeAndCut(r.subject(), SUBJECT_SHOWN)));
        if (!r.ourRef().isEmpty() || !r.theirRef().isEmpty()) {
            lines.add(texts.get(locale, "request.post.refs", ref(r.ourRef()), ref(r.theirRef())));
        }
        lines.add(r.dueOn() == null ? texts.get(locale, "request.post.no-due")
                : texts.get(locale, "request.post.due", r.dueOn().toString()));
        if (r.decisionId() != null) {
            lines.add(texts.get(locale, "request.post.decision", Mrkdwn.escapeAndCut(r.decisionId(), 20)));
        }
        lines.add(texts.get(locale, "request.post.status", words.status(locale, r.status())));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(String.join("\n", lines), 3000)))));
        String by = r.changedAt().equals(r.createdAt())
                ? texts.get(locale, "request.post.logged", Mrkdwn.mention(r.createdBy()), Mrkdwn.when(r.createdAt()))
                : texts.get(locale, "request.post.changed", Mrkdwn.mention(r.changedBy()), Mrkdwn.when(r.changedAt()),
                        Mrkdwn.mention(r.createdBy()));
        blocks.add(context(c -> c.elements(List.of(markdownText(by)))));
        List<BlockElement> buttons = Arrays.stream(RequestStatus.values()).filter(s -> s != r.status())
                .map(s -> (BlockElement) ButtonElement.builder().actionId(BUTTON + s.code())
                        .text(plainText(words.status(locale, s))).value(incident.id() + "|" + r.id()).build())
                .toList();
        blocks.add(actions(a -> a.blockId("outside_request").elements(buttons)));
        return blocks;
    }

    private String fallback(OutsideRequest r) {
        return texts.get(locale, "request.post.fallback", r.tlp().label(), r.id(), words.partner(locale, r.partnerId()),
                words.status(locale, r.status()));
    }

    private static String ref(String ref) {
        return ref.isEmpty() ? "—" : "`" + Mrkdwn.escapeAndCut(ref, REF_SHOWN).replace("`", "'") + "`";
    }
}
