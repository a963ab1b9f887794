package org.csirtbot.comms.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.comms.CommsKind;
import org.csirtbot.comms.CommsTemplates;
import org.csirtbot.comms.Communication;
import org.csirtbot.comms.Communications;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.RoomCommands.Form;
import org.csirtbot.incident.slack.RoomCommands.RoomAction;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident comms} in an incident's room: alone, the incident's communications and the templates;
 * {@code draft <template> [<variant>] [en|ja]} (a variant: a playbook's starter, for the press Q&amp;A) and {@code edit COMMS-n} open the text's form (commander, deputy or comms);
 * {@code approve COMMS-n <version>} and {@code reject COMMS-n <version> <reason>} (approvers, commander or deputy, never
 * the version's drafter); {@code sent COMMS-n <where>} records where the approved latest version went. Answers only the
 * person who asked; what is recorded is told in the room.
 */
@SlackComponent
class CommsSubcommand implements IncidentSubcommand {

    private static final Pattern COMMS_ID = Pattern.compile("(?i)(?:comms-)?(\\d{1,6})");
    private static final Pattern VERSION = Pattern.compile("(?i)v?(\\d{1,6})");

    private final RoomCommands room;
    private final Communications communications;
    private final CommsModal modal;
    private final CommsVerdicts verdicts;
    private final CommsWords words;
    private final Texts texts;

    CommsSubcommand(RoomCommands room, Communications communications, CommsModal modal, CommsVerdicts verdicts,
                    CommsWords words) {
        this.room = room;
        this.communications = communications;
        this.modal = modal;
        this.verdicts = verdicts;
        this.words = words;
        this.texts = words.texts();
    }

    @Override
    public String name() {
        return "comms";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String[] words = invocation.argument().strip().split("\\s+", 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        return switch (words[0].toLowerCase(Locale.ROOT)) {
            case "" -> room.run(invocation, ctx, new RoomAction(CsirtAction.READ_INCIDENT, "comms.pending",
                    "error.not-read", (incident, locale) -> this.words.list(locale, incident,
                            communications.all(incident.id()))));
            case "draft" -> draft(invocation, ctx, rest);
            case "edit" -> edit(invocation, ctx, rest);
            case "approve", "reject" -> verdict(invocation, ctx, words[0].toLowerCase(Locale.ROOT), rest);
            case "sent" -> sent(invocation, ctx, rest);
            default -> ctx.ack(usage(invocation.locale()));
        };
    }

    private Response draft(Invocation invocation, SlashCommandContext ctx, String rest) {
        Locale locale = invocation.locale();
        String[] args = rest.split("\\s+");
        Optional<CommsKind> kind = CommsKind.ofCode(args[0]);
        if (kind.isEmpty()) {
            return ctx.ack(texts.get(locale, "comms.unknown-kind", Mrkdwn.escapeAndCut(args[0], 30))
                    + "\n" + words.templates(locale));
        }
        int next = 1;
        String variant = null;
        if (args.length > next && kind.get().variants().contains(args[next].toLowerCase(Locale.ROOT))) {
            variant = args[next++].toLowerCase(Locale.ROOT);
        }
        String language = args.length > next ? args[next++].toLowerCase(Locale.ROOT) : CommsTemplates.language(locale);
        if (args.length > next || !CommsTemplates.LANGUAGES.contains(language)) {
            return ctx.ack(texts.get(locale, "comms.unknown-language", Mrkdwn.escapeAndCut(rest, 50))
                    + words.variants(locale, kind.get()));
        }
        String starter = variant;
        return room.openForm(invocation, ctx, CsirtAction.DRAFT_COMMS, "comms.slow",
                (incident, l) -> modal.draft(l, incident, kind.get(), starter, language));
    }

    private Response edit(Invocation invocation, SlashCommandContext ctx, String rest) {
        Optional<String> id = commsId(rest);
        if (id.isEmpty()) {
            return ctx.ack(usage(invocation.locale()));
        }
        return room.openStoredForm(invocation, ctx, CsirtAction.DRAFT_COMMS, "comms.slow", (incident, locale) -> {
            Optional<Communication> comms = communications.find(incident.id(), id.get());
            return comms.isPresent() ? Form.of(() -> modal.edit(locale, incident, comms.get()))
                    : Form.refused(texts.get(locale, "comms.refusal.NO_SUCH_COMMS", id.get(), "", "", ""));
        });
    }

    private Response verdict(Invocation invocation, SlashCommandContext ctx, String verb, String rest) {
        Locale locale = invocation.locale();
        String[] args = rest.split("\\s+", 3);
        Optional<String> id = commsId(args[0]);
        Matcher version = VERSION.matcher(args.length > 1 ? args[1] : "");
        if (id.isEmpty() || !version.matches()) {
            return ctx.ack(usage(locale));
        }
        int number = Integer.parseInt(version.group(1));
        if ("approve".equals(verb)) {
            return room.run(invocation, ctx, new RoomAction(CsirtAction.APPROVE_COMMS, "comms.pending",
                    "error.not-recorded", (incident, l) -> verdicts.approve(incident, invocation.userId(), id.get(),
                            number, l)));
        }
        String reason = args.length > 2 ? args[2].strip() : "";
        if (reason.isEmpty() || reason.length() > Communications.REASON_MAX) {
            return ctx.ack(texts.get(locale, reason.isEmpty() ? "comms.reason-needed" : "comms.reason-too-long",
                    id.get(), String.valueOf(number), Communications.REASON_MAX));
        }
        return room.run(invocation, ctx, new RoomAction(CsirtAction.APPROVE_COMMS, "comms.pending",
                "comms.not-recorded", (incident, l) -> verdicts.reject(incident, invocation.userId(), id.get(), number,
                        reason, l), reason));
    }

    private Response sent(Invocation invocation, SlashCommandContext ctx, String rest) {
        Locale locale = invocation.locale();
        String[] args = rest.split("\\s+", 2);
        Optional<String> id = commsId(args[0]);
        if (id.isEmpty()) {
            return ctx.ack(usage(locale));
        }
        String where = args.length > 1 ? args[1].strip() : "";
        if (where.isEmpty() || where.length() > Communications.WHERE_MAX) {
            return ctx.ack(texts.get(locale, where.isEmpty() ? "comms.where-needed" : "comms.where-too-long",
                    id.get(), "", Communications.WHERE_MAX));
        }
        return room.run(invocation, ctx, new RoomAction(CsirtAction.DRAFT_COMMS, "comms.pending", "comms.not-recorded",
                (incident, l) -> verdicts.sent(incident, invocation.userId(), id.get(), where, l), where));
    }

    /** {@code COMMS-3}, {@code comms-3} or {@code 3}, as the bot names it: {@code COMMS-3}. */
    static Optional<String> commsId(String typed) {
        Matcher m = COMMS_ID.matcher(typed == null ? "" : typed.strip());
        return m.matches() ? Optional.of(Communication.PREFIX + Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private String usage(Locale locale) {
        return texts.get(locale, "comms.usage") + "\n" + words.templates(locale);
    }
}
