package org.csirtbot.decision.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.decision.IncidentDecisions;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.slack.SummarySection;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * The decisions part of the pinned summary: how many were taken and how many wait for approval, then the latest few,
 * each with its question, the option chosen, who proposed it and who approved or rejected it (or whom it waits for).
 * Questions and options are typed by people: escaped, and cut so that the section stays within Slack's limit.
 */
@SlackComponent
class DecisionSummary implements SummarySection {

    /** Decisions listed; the earlier ones are counted. */
    static final int SHOWN = 5;
    /** Slack's limit for a section's text. */
    static final int SECTION_MAX = 3000;
    private static final int QUESTION_SHOWN = 150;
    private static final int CHOSEN_SHOWN = 100;

    private final IncidentDecisions decisions;
    private final Texts texts;

    DecisionSummary(IncidentDecisions decisions, Texts texts) {
        this.decisions = decisions;
        this.texts = texts;
    }

    /** The section's mrkdwn text, or null when no decision was taken on the incident. */
    @Override
    public String section(Locale locale, Incident incident) {
        IncidentDecisions.Latest latest = decisions.latest(incident.id(), SHOWN);
        if (latest.total() == 0) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add("*" + texts.get(locale, "summary.field.decisions") + "* "
                + texts.get(locale, "summary.decisions.counts", latest.total(), latest.pending()));
        latest.shown().forEach(d -> lines.add(texts.get(locale, "summary.decision.line", d.decisionId(),
                Mrkdwn.escapeAndCut(d.question(), QUESTION_SHOWN), Mrkdwn.escapeAndCut(d.chosen(), CHOSEN_SHOWN),
                standing(locale, d))));
        if (latest.total() > latest.shown().size()) {
            lines.add(texts.get(locale, "summary.decisions.more", latest.total() - latest.shown().size()));
        }
        return Mrkdwn.cut(String.join("\n", lines), SECTION_MAX);
    }

    /** Who proposed it, and who approved or rejected it, or whom it waits for. */
    private String standing(Locale locale, IncidentDecision d) {
        String by = Mrkdwn.mention(d.proposedBy());
        return switch (d.status()) {
            case RECORDED -> texts.get(locale, "summary.decision.recorded", by);
            case APPROVED -> texts.get(locale, "summary.decision.approved", by, Mrkdwn.mention(d.decidedBy()));
            case REJECTED -> texts.get(locale, "summary.decision.rejected", by, Mrkdwn.mention(d.decidedBy()));
            case PENDING -> d.approverId() != null
                    ? texts.get(locale, "summary.decision.pending", by, Mrkdwn.mention(d.approverId()))
                    : texts.get(locale, "summary.decision.pending-" + d.approval().code(), by);
        };
    }
}
