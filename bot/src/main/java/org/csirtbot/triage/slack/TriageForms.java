package org.csirtbot.triage.slack;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.report.Report;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.gateway.SlackGateway;

/** Opens the form behind each triage button. */
@SlackComponent
class TriageForms {

    private static final int TITLE_FROM_REPORT_MAX = 80;

    private final SlackGateway slack;
    private final DeclareModal declareModal;
    private final TriageModals triageModals;
    private final Incidents incidents;
    private final Texts texts;

    TriageForms(SlackGateway slack, DeclareModal declareModal, TriageModals triageModals, Incidents incidents,
                Texts texts) {
        this.slack = slack;
        this.declareModal = declareModal;
        this.triageModals = triageModals;
        this.incidents = incidents;
        this.texts = texts;
    }

    void declare(String trigger, Locale locale, Report report, TriageContext context, Consumer<String> whisper) {
        String title = texts.get(locale, "category." + report.category().code()) + ": "
                + Mrkdwn.cut(report.description().lines().findFirst().orElse(""), TITLE_FROM_REPORT_MAX);
        slack.openView(trigger, declareModal.form(locale, title, report.category(), context));
    }

    void attach(String trigger, Locale locale, Report report, TriageContext context, Consumer<String> whisper) {
        List<Incident> open = incidents.open();
        if (open.isEmpty()) {
            whisper.accept(texts.get(locale, "attach.none-open"));
            return;
        }
        slack.openView(trigger, triageModals.attach(locale, report, open, context));
    }

    void dismiss(String trigger, Locale locale, Report report, TriageContext context, Consumer<String> whisper) {
        slack.openView(trigger, triageModals.dismiss(locale, report, context));
    }
}
