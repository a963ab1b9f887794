package org.csirtbot.decision.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.decision.IncidentDecisions;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;

/**
 * A submitted approve or reject form: the reason checked, then, within the store's time budget, the matrix again
 * and the decision settled (only if still pending) and logged. Whoever was not quick enough, or may no longer
 * approve it, is told privately where they clicked, and nothing changes.
 */
@SlackComponent
class DecisionReviewSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(DecisionReviewSubmission.class);

    private final IncidentDecisions decisions;
    private final Incidents incidents;
    private final Permissions permissions;
    private final DecisionMessages messages;
    private final DecisionApprovals approvals;
    private final SlackGateway slack;
    private final DirectMessages direct;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final Executor work;

    DecisionReviewSubmission(IncidentDecisions decisions, Incidents incidents, Permissions permissions,
                             DecisionMessages messages, DecisionApprovals approvals, SlackGateway slack,
                             DirectMessages direct, UserLocales locales, Texts texts, StoreWithinAck store,
                             @Qualifier("slackWork") Executor work) {
        this.decisions = decisions;
        this.incidents = incidents;
        this.permissions = permissions;
        this.messages = messages;
        this.approvals = approvals;
        this.slack = slack;
        this.direct = direct;
        this.locales = locales;
        this.texts = texts;
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(DecisionReviewModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            var review = DecisionReviewModal.Review.fromMetadata(view.getPrivateMetadata()).orElse(null);
            String reason = ModalParts.text(view.getState(), "reason");
            if (review == null) {
                return error(ctx, texts.get(locale, "error.not-found", "?"));
            }
            if (!review.approve() && reason.isEmpty()) {
                return error(ctx, texts.get(locale, "decide.review.reason-required"));
            }
            int length = reason.codePointCount(0, reason.length());
            if (length > DecisionReviewModal.REASON_MAX) {
                return error(ctx, texts.get(locale, "error.too-long", DecisionReviewModal.REASON_MAX, length));
            }
            var settled = store.attempt(() -> settle(review, user, reason, locale));
            if (settled.failed()) {
                log.error("Could not record the review of {} by {}", review.decisionId(), user, settled.failure());
                return error(ctx, texts.get(locale, "error.not-recorded"));
            }
            if (settled.late()) {
                settled.later().whenCompleteAsync((verdict, failure) -> {
                    if (failure != null) {
                        direct.sendEvenIfStoreIsDown(user, texts.get(locale, "decide.review.not-recorded"));
                    } else {
                        follow(verdict, review, user);
                    }
                }, work);
            } else {
                work.execute(() -> follow(settled.value(), review, user));
            }
            return ctx.ack();
        }));
    }

    /** Settled now (with its incident), or why not, to tell the person. */
    private record Verdict(Incident incident, IncidentDecision decision, String refusal) {
    }

    private Verdict settle(DecisionReviewModal.Review review, String user, String reason, Locale locale) {
        IncidentDecision decision = decisions.find(review.incidentId(), review.decisionId()).orElse(null);
        Incident incident = incidents.find(review.incidentId()).orElse(null);
        if (decision == null || incident == null) {
            return new Verdict(null, null, texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(review.decisionId(), 50)));
        }
        if (!decision.pending()) {
            return new Verdict(incident, decision, messages.already(locale, decision));
        }
        String refusal = permissions.refusalToApprove(user, incident, decision.proposedBy(),
                decision.needsExecutive(), locale);
        if (refusal != null) {
            return new Verdict(incident, decision, refusal);
        }
        var settled = decisions.settle(incident.id(), decision.decisionId(), user, review.approve(), reason);
        return new Verdict(incident, settled.decision(), settled.settledNow() ? null
                : messages.already(locale, settled.decision()));
    }

    private void follow(Verdict verdict, DecisionReviewModal.Review review, String user) {
        if (verdict.refusal() == null) {
            approvals.settled(verdict.incident(), verdict.decision());
            return;
        }
        try {
            slack.postEphemeral(review.channel(), user, verdict.refusal());
        } catch (RuntimeException e) {
            direct.sendEvenIfStoreIsDown(user, verdict.refusal());
        }
    }

    private static Response error(ViewSubmissionContext ctx, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of("reason", message)));
    }
}
