package org.csirtbot.decision.slack;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.decision.IncidentDecisions;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.ButtonClick;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;

/**
 * Approve and Reject on a request for approval: someone the matrix lets approve it gets the reason form; anyone else
 * is told privately why not, and so is whoever clicks after it was decided. Nothing changes until the form is sent.
 */
@SlackComponent
class DecisionActions implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(DecisionActions.class);
    /** A button's value is the bot's, unless forged: shown escaped and at most this long. */
    private static final int VALUE_SHOWN_MAX = 100;

    private final SlackGateway slack;
    private final IncidentDecisions decisions;
    private final Incidents incidents;
    private final Permissions permissions;
    private final DecisionMessages messages;
    private final DecisionReviewModal modal;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor views;

    DecisionActions(SlackGateway slack, IncidentDecisions decisions, Incidents incidents, Permissions permissions,
                    DecisionMessages messages, DecisionReviewModal modal, UserLocales locales, Texts texts,
                    @Qualifier("slackViews") Executor views) {
        this.slack = slack;
        this.decisions = decisions;
        this.incidents = incidents;
        this.permissions = permissions;
        this.messages = messages;
        this.modal = modal;
        this.locales = locales;
        this.texts = texts;
        this.views = views;
    }

    @Override
    public void register(App app) {
        app.blockAction(DecisionMessages.APPROVE, handler(true));
        app.blockAction(DecisionMessages.REJECT, handler(false));
    }

    private BlockActionHandler handler(boolean approve) {
        return (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            String user = click.user();
            String channel = click.channel();
            String value = click.value();
            String trigger = click.trigger();
            views.execute(() -> {
                Locale locale = locales.now(user);
                try {
                    var review = DecisionReviewModal.Review.of(approve, value, channel);
                    String refusal = review.isEmpty() ? notFound(value, locale)
                            : openOrRefuse(review.get(), user, trigger, locale);
                    if (refusal != null) {
                        slack.postEphemeral(channel, user, refusal);
                    }
                } catch (RuntimeException e) {
                    log.error("Approval click on {} by {} failed", value, user, e);
                }
            });
            return ctx.ack();
        };
    }

    /** Opens the reason form if the person may decide it now; otherwise returns what to tell them. */
    private String openOrRefuse(DecisionReviewModal.Review review, String user, String trigger, Locale locale) {
        IncidentDecision decision = decisions.find(review.incidentId(), review.decisionId()).orElse(null);
        Incident incident = incidents.find(review.incidentId()).orElse(null);
        if (decision == null || incident == null) {
            return notFound(review.incidentId() + "/" + review.decisionId(), locale);
        }
        if (!decision.pending()) {
            return messages.already(locale, decision);
        }
        if (!Permissions.isRoom(review.channel(), incident)
                && decision.requests().stream().noneMatch(r -> Objects.equals(r.channel(), review.channel()))) {
            // a request's buttons act only where the bot posted it: the room, or the approver's request
            return texts.get(locale, "decide.elsewhere");
        }
        String refusal = permissions.refusalToApprove(user, incident, decision.proposedBy(),
                decision.needsExecutive(), locale);
        if (refusal != null) {
            return refusal;
        }
        slack.openView(trigger, modal.form(locale, decision, review));
        return null;
    }

    private String notFound(String value, Locale locale) {
        return texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(value, VALUE_SHOWN_MAX));
    }
}
