package org.csirtbot.triage.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.DeclareIncident;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The declare form: title, severity with its definitions, category, TLP (the configured default selected,
 * {@link DeclareProperties}), confidential, and when the incident began if anyone knows (not in the future; a minute's
 * grace allows for clocks that differ).
 */
@SlackComponent
public class DeclareModal {

    public static final String CALLBACK = "incident_declare";
    public static final int TITLE_MAX = 150;
    static final Duration CLOCK_GRACE = Duration.ofMinutes(1);

    private final Texts texts;
    private final Clock clock;
    private final Tlp defaultTlp;

    DeclareModal(Texts texts, Clock clock, DeclareProperties properties) {
        this.texts = texts;
        this.clock = clock;
        this.defaultTlp = properties.defaultTlp();
    }

    View form(Locale locale, String title, ReportCategory category, TriageContext context) {
        List<OptionObject> severities = Arrays.stream(Severity.values()).map(s -> ModalParts.option(
                texts.get(locale, "severity." + s.name()), s.name(), texts.get(locale, "severity." + s.name() + ".def")))
                .toList();
        List<OptionObject> categories = Arrays.stream(ReportCategory.values())
                .map(c -> ModalParts.option(texts.get(locale, "category." + c.code()), c.code(), null)).toList();
        List<OptionObject> tlps = Arrays.stream(Tlp.values()).map(t -> ModalParts.option("TLP:" + t.label(),
                t.label(), texts.get(locale, "tlp." + t.name() + ".def"))).toList();
        List<LayoutBlock> blocks = new ArrayList<>(List.of(
                ModalParts.textInput("title", texts.get(locale, "declare.field.title"), title, TITLE_MAX, false, false),
                ModalParts.select("severity", texts.get(locale, "declare.field.severity"), severities, null),
                ModalParts.select("category", texts.get(locale, "declare.field.category"), categories,
                        category == null ? null : categories.get(category.ordinal())),
                ModalParts.select("tlp", texts.get(locale, "declare.field.tlp"), tlps, tlps.get(defaultTlp.ordinal())),
                ModalParts.checkbox("confidential", texts.get(locale, "declare.field.confidential"),
                        ModalParts.option(texts.get(locale, "declare.confidential.option"), "yes",
                                texts.get(locale, "declare.confidential.def"))),
                ModalParts.dateTimePicker("began", texts.get(locale, "declare.field.began"))));
        if (context.fromReport()) {
            blocks.add(ModalParts.checkbox("invite_reporter", texts.get(locale, "declare.field.invite-reporter"),
                    ModalParts.option(texts.get(locale, "declare.invite-reporter.option"), "yes", null)));
        }
        return ModalParts.modal(CALLBACK, texts.get(locale, "declare.modal.title"),
                        texts.get(locale, "declare.modal.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(context.toMetadata()).blocks(blocks).build();
    }

    /** Reads a submitted declare form into a declaration, or the error beside each bad field. */
    Read read(ViewState state, Locale locale, String key, String declaredBy, TriageContext context) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = ModalParts.text(state, "title");
        if (title.isEmpty()) {
            errors.put("title", texts.get(locale, "error.required"));
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", texts.get(locale, "error.too-long", TITLE_MAX, title.length()));
        }
        Optional<Severity> severity = ModalParts.selected(state, "severity").flatMap(DeclareModal::severity);
        Optional<ReportCategory> category = ModalParts.selected(state, "category").flatMap(ReportCategory::fromCode);
        Optional<Tlp> tlp = ModalParts.selected(state, "tlp").flatMap(Tlp::fromLabel);
        requireChoice(severity, "severity", locale, errors);
        requireChoice(category, "category", locale, errors);
        requireChoice(tlp, "tlp", locale, errors);
        Instant beganAt = ModalParts.dateTime(state, "began").orElse(null);
        if (beganAt != null && beganAt.isAfter(clock.instant().plus(CLOCK_GRACE))) {
            errors.put("began", texts.get(locale, "error.began-future"));
        }
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new DeclareIncident(key, title, severity.get(), category.get(), tlp.get(),
                ModalParts.checked(state, "confidential"), declaredBy, context.reportId(),
                ModalParts.checked(state, "invite_reporter"), beganAt), Map.of());
    }

    private void requireChoice(Optional<?> choice, String blockId, Locale locale, Map<String, String> errors) {
        if (choice.isEmpty()) {
            errors.put(blockId, texts.get(locale, "error.required"));
        }
    }

    private static Optional<Severity> severity(String value) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equals(value)).findFirst();
    }

    /** A read form: exactly one of declaration and errors is meaningful. */
    record Read(DeclareIncident declaration, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }
}
