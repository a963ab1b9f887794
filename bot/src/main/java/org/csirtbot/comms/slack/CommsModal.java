package org.csirtbot.comms.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.comms.CommsKind;
import org.csirtbot.comms.CommsTemplates;
import org.csirtbot.comms.CommsText;
import org.csirtbot.comms.CommsVersion;
import org.csirtbot.comms.Communication;
import org.csirtbot.incident.Incident;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The form of a communication's text: its subject and its text, filled from the template for a draft, or with the latest
 * version for an edit. Its private metadata says what saving it makes ({@link Target}).
 */
@SlackComponent
class CommsModal {

    static final String CALLBACK = "incident_comms";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";

    private final CommsWords words;
    private final Texts texts;
    private final CommsTemplates templates;

    CommsModal(CommsWords words, CommsTemplates templates) {
        this.words = words;
        this.texts = words.texts();
        this.templates = templates;
    }

    /** What saving the form makes: a new communication ({@code commsId} null), or the version after {@code basedOn}. */
    record Target(String incidentId, String commsId, CommsKind kind, String language, int basedOn) {

        String metadata() {
            return String.join("|", incidentId, commsId == null ? "" : commsId, kind.code(), language,
                    String.valueOf(basedOn));
        }

        /** The target the metadata names; empty for anything the bot did not write. */
        static Optional<Target> of(String metadata) {
            String[] parts = metadata == null ? new String[0] : metadata.split("\\|", -1);
            if (parts.length != 5 || parts[0].isBlank() || !CommsTemplates.LANGUAGES.contains(parts[3])
                    || !parts[4].matches("\\d{1,6}")) {
                return Optional.empty();
            }
            return CommsKind.ofCode(parts[2]).map(kind -> new Target(parts[0], parts[1].isEmpty() ? null : parts[1],
                    kind, parts[3], Integer.parseInt(parts[4])));
        }
    }

    View draft(Locale locale, Incident incident, CommsKind kind, String variant, String language) {
        String intro = texts.get(locale, "comms.modal.intro.draft", words.kind(locale, kind), language,
                Mrkdwn.escape(incident.id()));
        return form(locale, new Target(incident.id(), null, kind, language, 0), intro,
                templates.fill(kind, variant, language, incident));
    }

    View edit(Locale locale, Incident incident, Communication comms) {
        CommsVersion latest = comms.latest();
        String intro = texts.get(locale, "comms.modal.intro.edit", comms.id(), words.kind(locale, comms.kind()),
                comms.language(), String.valueOf(latest.number()), String.valueOf(latest.number() + 1));
        return form(locale, new Target(incident.id(), comms.id(), comms.kind(), comms.language(), latest.number()),
                intro, latest.text());
    }

    private View form(Locale locale, Target target, String intro, CommsText text) {
        return ModalParts.modal(CALLBACK, texts.get(locale, "comms.modal.title"), texts.get(locale, "comms.modal.submit"),
                        texts.get(locale, "modal.cancel"))
                .privateMetadata(target.metadata())
                .blocks(List.of(
                        section(s -> s.text(markdownText(Mrkdwn.cut(intro, 3000)))),
                        ModalParts.textInput(SUBJECT, texts.get(locale, "comms.field.subject"), text.subject(),
                                CommsText.SUBJECT_MAX, false, false),
                        ModalParts.textInput(TEXT, texts.get(locale, "comms.field.text"), text.text(),
                                CommsText.TEXT_MAX, true, false)))
                .build();
    }

    /** A read form: the text when valid, else the errors by block ID. */
    record Read(CommsText text, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    Read read(ViewState state, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String subject = ModalParts.required(state, SUBJECT, CommsText.SUBJECT_MAX, texts, locale, errors);
        String text = ModalParts.required(state, TEXT, CommsText.TEXT_MAX, texts, locale, errors);
        return new Read(errors.isEmpty() ? new CommsText(subject, text) : null, errors);
    }
}
