package org.csirtbot.triage.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.slack.IncidentTitles;
import org.csirtbot.report.Report;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;

/** The two triage forms besides declaring: attach to an open incident, and not an incident (with a reason). */
@SlackComponent
public class TriageModals {

    public static final String ATTACH = "report_attach";
    public static final String DISMISS = "report_dismiss";
    public static final int REASON_MAX = 1000;
    /** Slack's limit for a select's options. */
    static final int OPTIONS_MAX = 100;

    private final Texts texts;
    private final IncidentTitles titles;

    TriageModals(Texts texts, IncidentTitles titles) {
        this.texts = texts;
        this.titles = titles;
    }

    View attach(Locale locale, Report report, List<Incident> openIncidents, TriageContext context) {
        List<OptionObject> options = openIncidents.stream().limit(OPTIONS_MAX)
                .map(i -> ModalParts.option(i.id() + " " + titles.outsideRoom(locale, i), i.id(),
                        texts.get(locale, "severity." + i.severity().name())))
                .toList();
        return modal(locale, ATTACH, "attach.modal.title", "attach.modal.submit", context, List.of(
                intro(locale, "attach.modal.intro", report),
                ModalParts.select("incident", texts.get(locale, "attach.field.incident"), options, null)));
    }

    View dismiss(Locale locale, Report report, TriageContext context) {
        return modal(locale, DISMISS, "dismiss.modal.title", "dismiss.modal.submit", context, List.of(
                // an outside notifier is not told by the bot: the reason is for the CSIRT's record
                intro(locale, report.notifier() == null ? "dismiss.modal.intro" : "dismiss.modal.intro.external", report),
                ModalParts.textInput("reason", texts.get(locale, "dismiss.field.reason"), null, REASON_MAX, true,
                        false)));
    }

    private LayoutBlock intro(Locale locale, String key, Report report) {
        return section(s -> s.text(plainText(texts.get(locale, key, report.id()))));
    }

    private View modal(Locale locale, String callback, String titleKey, String submitKey, TriageContext context,
                       List<LayoutBlock> blocks) {
        return ModalParts.modal(callback, texts.get(locale, titleKey), texts.get(locale, submitKey),
                texts.get(locale, "modal.cancel")).privateMetadata(context.toMetadata()).blocks(blocks).build();
    }
}
