package org.csirtbot.report.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.report.Report;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.report.ReportGrouping;
import org.csirtbot.report.ReportedMail;
import org.csirtbot.report.SubmitReport;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/** The report form an employee fills in after {@code /report}, and the thank-you that replaces it. */
@SlackComponent
public class ReportModal {

    public static final String CALLBACK = "report_submit";
    public static final int WHAT_MAX = 3000;
    public static final int SHORT_MAX = 200;
    public static final int OBSERVABLES_MAX = 3000;
    public static final int OBSERVABLES_MAX_LINES = 50;
    /** Slack's longest plain-text input; a mail's headers usually fit. */
    public static final int HEADERS_MAX = 3000;
    /** Slack's longest section text. */
    static final int SECTION_MAX = 3000;

    private final Texts texts;
    private final ReportedMailField mailFile;

    ReportModal(Texts texts, ReportedMailField mailFile) {
        this.texts = texts;
        this.mailFile = mailFile;
    }

    View form(Locale locale, String prefill) {
        return form(locale, new Filled(prefill, null, null, null, null, null));
    }

    /**
     * The form opened with more than the reporter's words: a Slack message reported from where it is fills in what,
     * when, where and a category, says above the fields whose message it is and where ({@code intro}, mrkdwn), and
     * travels in the form's private metadata ({@code metadata}) to the submission. Each part may be null.
     */
    record Filled(String what, String when, String system, ReportCategory category, String intro, String metadata) {
    }

    View form(Locale locale, Filled filled) {
        List<OptionObject> categories = categories(locale);
        OptionObject category = categories.stream()
                .filter(o -> filled.category() != null && o.getValue().equals(filled.category().code()))
                .findFirst().orElse(null);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(plainText(texts.get(locale, "report.modal.intro")))));
        if (filled.intro() != null) {
            blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(filled.intro(), SECTION_MAX)))));
        }
        blocks.addAll(List.of(
                ModalParts.select("category", texts.get(locale, "report.field.category"), categories, category),
                ModalParts.textInput("what", texts.get(locale, "report.field.what"), filled.what(), WHAT_MAX, true,
                        false),
                ModalParts.textInput("when", texts.get(locale, "report.field.when"), filled.when(), SHORT_MAX, false,
                        false),
                ModalParts.textInput("system", texts.get(locale, "report.field.system"), filled.system(), SHORT_MAX,
                        false, false),
                ModalParts.textInput("observables", texts.get(locale, "report.field.observables"), null,
                        OBSERVABLES_MAX, true, true),
                ModalParts.textInput("headers", texts.get(locale, "report.field.headers"), null, HEADERS_MAX, true,
                        true),
                mailFile.block(locale)));
        return ModalParts.modal(CALLBACK, texts.get(locale, "report.modal.title"),
                texts.get(locale, "report.modal.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(filled.metadata()).blocks(blocks).build();
    }

    View received(Locale locale, Report report) {
        return received(locale, report, ReportGrouping.Grouped.ALONE);
    }

    /**
     * The thank-you: the reference; when it joined a campaign or an incident, that it is already known and being
     * handled; when it was the organisation's drill, well spotted.
     */
    View received(Locale locale, Report report, ReportGrouping.Grouped grouped) {
        String text = receivedText(locale, report, grouped);
        return ModalParts.modal("report_received", texts.get(locale, "report.received.title"), null,
                        texts.get(locale, "modal.close"))
                .blocks(List.of(section(s -> s.text(markdownText(text)))))
                .build();
    }

    /** What the reporter is told of a stored report. */
    String receivedText(Locale locale, Report report, ReportGrouping.Grouped grouped) {
        return switch (grouped.kind()) {
            case CAMPAIGN, INCIDENT -> texts.get(locale, "report.received.known", report.id());
            case SIMULATION -> texts.get(locale, "report.received.drill", report.id());
            default -> texts.get(locale, "report.received.text", report.id());
        };
    }

    /** Shown when the store is slow: the reference follows by direct message. Claims nothing is recorded yet. */
    View recording(Locale locale) {
        return ModalParts.modal("report_recording", texts.get(locale, "report.recording.title"), null,
                        texts.get(locale, "modal.close"))
                .blocks(List.of(section(s -> s.text(markdownText(texts.get(locale, "report.recording.text"))))))
                .build();
    }

    /** Reads a submitted form: either the submission or the error to show beside each bad field. */
    Read read(ViewState state, Locale locale, String submissionKey, String reporterId) {
        return read(state, locale, submissionKey, reporterId, null);
    }

    /** As {@link #read(ViewState, Locale, String, String)}, the reporter's department (or null) kept with it. */
    Read read(ViewState state, Locale locale, String submissionKey, String reporterId, String department) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ReportCategory> category = ModalParts.selected(state, "category").flatMap(ReportCategory::fromCode);
        if (category.isEmpty()) {
            errors.put("category", texts.get(locale, "error.required"));
        }
        String what = required(state, "what", WHAT_MAX, locale, errors);
        String when = required(state, "when", SHORT_MAX, locale, errors);
        String system = required(state, "system", SHORT_MAX, locale, errors);
        String observablesText = ModalParts.text(state, "observables");
        List<String> observables = Arrays.stream(observablesText.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        if (observablesText.length() > OBSERVABLES_MAX || observables.size() > OBSERVABLES_MAX_LINES) {
            errors.put("observables", texts.get(locale, "error.observables", OBSERVABLES_MAX_LINES, OBSERVABLES_MAX));
        }
        String headers = ModalParts.text(state, "headers");
        if (headers.length() > HEADERS_MAX) {
            errors.put("headers", texts.get(locale, "error.too-long", HEADERS_MAX, headers.length()));
        }
        ReportedMail mail = mailFile.read(state, locale, errors);
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new SubmitReport(submissionKey, reporterId, category.get(), what, when, system, observables,
                headers.isEmpty() ? null : headers, department, null, null, mail), Map.of());
    }

    private String required(ViewState state, String blockId, int max, Locale locale, Map<String, String> errors) {
        String value = ModalParts.text(state, blockId);
        if (value.isEmpty()) {
            errors.put(blockId, texts.get(locale, "error.required"));
        } else if (value.length() > max) {
            errors.put(blockId, texts.get(locale, "error.too-long", max, value.length()));
        }
        return value;
    }

    private List<OptionObject> categories(Locale locale) {
        return Arrays.stream(ReportCategory.values())
                .map(c -> ModalParts.option(texts.get(locale, "category." + c.code()), c.code(), null))
                .toList();
    }

    /** A read form: exactly one of submission and errors is meaningful. */
    record Read(SubmitReport submission, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }
}
