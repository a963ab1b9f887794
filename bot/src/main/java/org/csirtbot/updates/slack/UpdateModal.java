package org.csirtbot.updates.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.updates.NewStatusUpdate;
import org.csirtbot.updates.UpdateCadence;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The status update form of {@code /incident update}: the current status (required), the impact, the actions under way,
 * the next steps, what is needed from whom (each up to {@link NewStatusUpdate#TEXT_MAX} characters), and when the next
 * update will be given, set to the severity's cadence from now (Slack shows it in each person's own time zone). Its
 * private metadata is the incident ID.
 */
@SlackComponent
public class UpdateModal {

    public static final String CALLBACK = "incident_update";
    /** The text fields, by block ID, in the form's order; the IDs are the keys of the log entry's data too. */
    static final List<String> FIELDS = List.of("status", "impact", "actions", "next", "needs");
    static final String NEXT_UPDATE_AT = "next_update_at";
    /** Slack's limit for a section's text. */
    private static final int SECTION_MAX = 3000;

    private final Texts texts;
    private final UpdateCadence cadence;
    private final Clock clock;

    UpdateModal(Texts texts, UpdateCadence cadence, Clock clock) {
        this.texts = texts;
        this.cadence = cadence;
        this.clock = clock;
    }

    View form(Locale locale, Incident incident) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String intro = texts.get(locale, "update.modal.intro", Mrkdwn.escape(incident.id()),
                Mrkdwn.escape(incident.title()));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(intro, SECTION_MAX)))));
        for (String field : FIELDS) {
            blocks.add(ModalParts.textInput(field, texts.get(locale, "update.field." + field), null,
                    NewStatusUpdate.TEXT_MAX, true, !"status".equals(field)));
        }
        Instant suggested = cadence.every(incident.severity())
                .map(every -> clock.instant().plus(every).truncatedTo(ChronoUnit.MINUTES)).orElse(null);
        blocks.add(ModalParts.dateTimePicker(NEXT_UPDATE_AT, texts.get(locale, "update.field.next_update_at"),
                suggested));
        return ModalParts.modal(CALLBACK, texts.get(locale, "update.modal.title"),
                        texts.get(locale, "update.modal.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(incident.id()).blocks(blocks).build();
    }

    /** A read form: the update when valid, else the error beside each bad field by block ID. */
    record Read(NewStatusUpdate update, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** What the form says, each field checked on its own; a next update before {@code now} is refused. */
    Read read(ViewState state, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String text = ModalParts.text(state, field);
            int length = text.codePointCount(0, text.length());
            if ("status".equals(field) && text.isEmpty()) {
                errors.put(field, texts.get(locale, "update.error.no-status"));
            } else if (length > NewStatusUpdate.TEXT_MAX) {
                errors.put(field, texts.get(locale, "error.too-long", NewStatusUpdate.TEXT_MAX, length));
            }
            typed.put(field, text);
        }
        Optional<Instant> nextUpdateAt = ModalParts.dateTime(state, NEXT_UPDATE_AT);
        if (nextUpdateAt.isPresent() && nextUpdateAt.get().isBefore(clock.instant())) {
            errors.put(NEXT_UPDATE_AT, texts.get(locale, "update.error.past"));
        }
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new NewStatusUpdate(typed.get("status"), typed.get("impact"), typed.get("actions"),
                typed.get("next"), typed.get("needs"), nextUpdateAt.orElse(null)), Map.of());
    }
}
