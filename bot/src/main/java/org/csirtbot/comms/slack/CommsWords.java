package org.csirtbot.comms.slack;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.comms.CommsKind;
import org.csirtbot.comms.CommsVersion;
import org.csirtbot.comms.Communication;
import org.csirtbot.comms.Communications;
import org.csirtbot.incident.Incident;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * How communications are named in Slack: their kind, where a version stands, its hash as shown (a prefix), and the
 * list {@code /incident comms} answers with. Every text a person wrote is escaped.
 */
@SlackComponent
class CommsWords {

    /** How much of a subject the list shows. */
    static final int SUBJECT_SHOWN = 80;

    private final Texts texts;

    CommsWords(Texts texts) {
        this.texts = texts;
    }

    Texts texts() {
        return texts;
    }

    String kind(Locale locale, CommsKind kind) {
        return texts.get(locale, "comms.kind." + kind.code());
    }

    static String hash(CommsVersion version) {
        return version.shortHash();
    }

    /** Where a version stands, with who decided and where it went. */
    String state(Locale locale, CommsVersion v) {
        String who = Mrkdwn.mention(v.state() == CommsVersion.State.DRAFT ? v.draftedBy() : v.decidedBy());
        String where = v.sendings().stream().map(s -> texts.get(locale, "comms.sending",
                Mrkdwn.escapeAndCut(s.where(), SUBJECT_SHOWN), Mrkdwn.mention(s.by()))).collect(Collectors.joining(", "));
        return texts.get(locale, "comms.state." + v.state().code(), who, where);
    }

    /** The communications of the incident, each with its latest version, then the templates and the commands. */
    String list(Locale locale, Incident incident, java.util.List<Communication> all) {
        StringBuilder text = new StringBuilder(texts.get(locale, "comms.list.header", Mrkdwn.escape(incident.id())));
        if (all.isEmpty()) {
            text.append("\n").append(texts.get(locale, "comms.list.none"));
        }
        for (Communication c : all) {
            CommsVersion latest = c.latest();
            text.append("\n").append(texts.get(locale, "comms.list.item", c.id(), String.valueOf(latest.number()),
                    kind(locale, c.kind()), c.language(), state(locale, latest), hash(latest),
                    Mrkdwn.escapeAndCut(latest.text().subject(), SUBJECT_SHOWN)));
        }
        return text.append("\n").append(templates(locale)).append("\n")
                .append(texts.get(locale, "comms.list.how")).toString();
    }

    /**
     * Why a step was refused, in the person's words: {@code asked} the communication they named (shown escaped, as it
     * may be anything typed), {@code version} the one they named (0 when none).
     */
    String refusal(Locale locale, Communications.Change change, String asked, int version) {
        Communication comms = change.comms();
        CommsVersion v = change.version();
        String state = v == null ? "" : change.outcome() == Communications.Outcome.ALREADY_SENT
                ? v.sendings().stream().map(s -> Mrkdwn.escapeAndCut(s.where(), SUBJECT_SHOWN))
                        .collect(Collectors.joining(", "))
                : texts.get(locale, "comms.state-word." + v.state().code());
        return texts.get(locale, "comms.refusal." + change.outcome().name(),
                comms == null ? Mrkdwn.escapeAndCut(asked, 30) : comms.id(), String.valueOf(version),
                comms == null ? "" : String.valueOf(comms.latest().number()), state);
    }

    String templates(Locale locale) {
        return texts.get(locale, "comms.list.templates", Arrays.stream(CommsKind.values())
                .map(k -> "`" + k.code() + "` " + kind(locale, k)).collect(Collectors.joining(" · ")))
                + Arrays.stream(CommsKind.values()).map(k -> variants(locale, k)).collect(Collectors.joining());
    }

    /** The starter variants of a kind, on a line of their own (nothing when it has none). */
    String variants(Locale locale, CommsKind kind) {
        return kind.variants().isEmpty() ? "" : "\n" + texts.get(locale, "comms.list.variants", kind.code(),
                kind.variants().stream().map(v -> "`" + v + "`").collect(Collectors.joining(" · ")));
    }
}
