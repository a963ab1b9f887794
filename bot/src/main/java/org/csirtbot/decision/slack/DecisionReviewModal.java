package org.csirtbot.decision.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.model.view.View;

/**
 * The small form behind Approve and Reject: the decision in short and the reason, which a rejection needs and an
 * approval may leave out. It remembers which decision, which verdict and where the button was.
 */
@SlackComponent
public class DecisionReviewModal {

    public static final String CALLBACK = "decision_review";
    static final int REASON_MAX = 1000;
    private static final int SHOWN_MAX = 1000;

    private final Texts texts;

    DecisionReviewModal(Texts texts) {
        this.texts = texts;
    }

    /** Which decision is reviewed, approved or rejected, from the button in {@code channel}. */
    record Review(boolean approve, String incidentId, String decisionId, String channel) {

        String toMetadata() {
            return (approve ? "approve" : "reject") + "|" + incidentId + "/" + decisionId + "|" + channel;
        }

        /** The review a form's metadata names; empty when it is not one (a forged form). */
        static Optional<Review> fromMetadata(String metadata) {
            String[] parts = metadata == null ? new String[0] : metadata.split("\\|", -1);
            if (parts.length != 3 || !List.of("approve", "reject").contains(parts[0])) {
                return Optional.empty();
            }
            return of("approve".equals(parts[0]), parts[1], parts[2]);
        }

        /** The review of the decision a button's value names ({@code INC-…/DEC-…}). */
        static Optional<Review> of(boolean approve, String buttonValue, String channel) {
            int slash = buttonValue == null ? -1 : buttonValue.lastIndexOf('/');
            if (slash <= 0 || slash == buttonValue.length() - 1) {
                return Optional.empty();
            }
            return Optional.of(new Review(approve, buttonValue.substring(0, slash), buttonValue.substring(slash + 1),
                    channel == null ? "" : channel));
        }
    }

    View form(Locale locale, IncidentDecision decision, Review review) {
        String verdict = review.approve() ? "approve" : "reject";
        String summary = texts.get(locale, "decide.review.intro." + verdict, decision.decisionId(), decision.incidentId(),
                Mrkdwn.escapeAndCut(decision.question(), SHOWN_MAX), Mrkdwn.escapeAndCut(decision.chosen(), SHOWN_MAX));
        return ModalParts.modal(CALLBACK, texts.get(locale, "decide.review.title." + verdict, decision.decisionId()),
                        texts.get(locale, "decide.action." + verdict), texts.get(locale, "modal.cancel"))
                .privateMetadata(review.toMetadata())
                .blocks(List.of(section(s -> s.text(markdownText(summary))),
                        ModalParts.textInput("reason", texts.get(locale, "decide.review.reason." + verdict), null,
                                REASON_MAX, true, review.approve())))
                .build();
    }
}
