package org.csirtbot.improvements.slack;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.csirtbot.improvements.Improvement;
import org.csirtbot.improvements.ImprovementStatus;
import org.csirtbot.improvements.Improvements;
import org.csirtbot.improvements.NewImprovement;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.RoomCommands.RoomAction;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident improve}: {@code <text> [@owner] [due YYYY-MM-DD]} in an incident's room records an improvement item
 * in any phase (as for notes: responders, its commander, deputy or scribe), and its owner, when someone else, is told
 * by direct message; {@code list} lists the room's items, or elsewhere the items one owes; {@code IMP-… <status>
 * [note]} anywhere changes where an item stands (its owner, whoever recorded it, or a responder).
 */
@SlackComponent
class ImproveSubcommand implements IncidentSubcommand {

    private static final Logger log = LoggerFactory.getLogger(ImproveSubcommand.class);
    static final Pattern ID = Pattern.compile("(?i)IMP-\\d{4}-\\d{4,}");

    private final RoomCommands room;
    private final Improvements improvements;
    private final ImprovementLines lines;
    private final DirectMessages direct;
    private final StoreWithinAck store;
    private final SlackGateway slack;
    private final Texts texts;
    private final UserLocales locales;
    private final Executor work;

    ImproveSubcommand(RoomCommands room, Improvements improvements, ImprovementLines lines, DirectMessages direct,
                      StoreWithinAck store, SlackGateway slack, Texts texts, UserLocales locales,
                      @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.improvements = improvements;
        this.lines = lines;
        this.direct = direct;
        this.store = store;
        this.slack = slack;
        this.texts = texts;
        this.locales = locales;
        this.work = work;
    }

    @Override
    public String name() {
        return "improve";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        String argument = invocation.argument() == null ? "" : invocation.argument().strip();
        String[] parts = argument.split("\\s+", 3);
        if (argument.isEmpty()) {
            return ctx.ack(texts.get(locale, "improve.usage"));
        }
        if (parts[0].equalsIgnoreCase("list")) {
            return answer(invocation, ctx, () -> lines.list(invocation.channelId(), invocation.userId(), locale));
        }
        if (ID.matcher(parts[0]).matches()) {
            return answer(invocation, ctx, () -> change(invocation, parts));
        }
        return room.run(invocation, ctx, new RoomAction(CsirtAction.ADD_NOTE, "improve.pending", "improve.not-recorded",
                (incident, l) -> record(incident, invocation.userId(), argument, l), argument));
    }

    private String record(Incident incident, String user, String argument, Locale locale) {
        NewImprovement.Parsed parsed = NewImprovement.parse(argument, user, improvements.today(),
                improvements.defaultDue(), Mrkdwn::userIn);
        if (parsed.problem() != null) {
            return texts.get(locale, "improve.problem." + parsed.problem().name().toLowerCase(),
                    Mrkdwn.escapeAndCut(parsed.detail(), 40));
        }
        Improvement item = improvements.record(incident, user, parsed.item());
        if (!item.owner().equals(user)) {
            Locale theirs = locales.now(item.owner());
            direct.send(item.owner(), SideEffectKey.of("improvement-owner", item.id()),
                    texts.get(theirs, "improve.owner-told", Mrkdwn.mention(user), item.id(), incident.id(),
                            lines.line(item, theirs)));
        }
        return texts.get(locale, "improve.recorded", item.id(), lines.line(item, locale),
                item.playbookId() == null ? texts.get(locale, "improve.no-playbook")
                        : texts.get(locale, "improve.playbook", item.playbookId(), item.playbookVersion()));
    }

    private String change(Invocation invocation, String[] parts) {
        Locale locale = invocation.locale();
        String id = parts[0].toUpperCase(Locale.ROOT);
        ImprovementStatus to = parts.length > 1 ? ImprovementStatus.of(parts[1]).orElse(null) : null;
        if (to == null) {
            return texts.get(locale, "improve.change.usage", id);
        }
        return switch (improvements.change(id, to, invocation.userId(), parts.length > 2 ? parts[2] : null)) {
            case CHANGED -> texts.get(locale, "improve.changed", id, lines.status(to, locale));
            case UNCHANGED -> texts.get(locale, "improve.unchanged", id, lines.status(to, locale));
            case NOT_FOUND -> texts.get(locale, "improve.not-found", id);
            case NOT_ALLOWED -> texts.get(locale, "improve.not-allowed", id);
            case CONTENDED -> texts.get(locale, "improve.contended", id);
        };
    }

    /** Work on the register within the store's budget, as room commands are; a slow store answers later. */
    private Response answer(Invocation invocation, SlashCommandContext ctx, Supplier<String> answer) {
        Locale locale = invocation.locale();
        var answered = store.attempt(answer);
        if (answered.failed()) {
            log.error("/incident improve in {} by {} failed", invocation.channelId(), invocation.userId(),
                    answered.failure());
            return ctx.ack(texts.get(locale, "error.not-recorded"));
        }
        if (answered.late()) {
            answered.later().whenCompleteAsync((text, failure) -> slack.postEphemeral(invocation.channelId(),
                    invocation.userId(), failure == null ? text : texts.get(locale, "error.not-recorded")), work);
            return ctx.ack(texts.get(locale, "improve.pending"));
        }
        return ctx.ack(answered.value());
    }
}
