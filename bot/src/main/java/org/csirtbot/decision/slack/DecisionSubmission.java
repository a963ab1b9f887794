package org.csirtbot.decision.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.decision.IncidentDecision.Approval;
import org.csirtbot.decision.IncidentDecisions;
import org.csirtbot.decision.RecordDecision;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.access.Decision;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;

/**
 * A submitted decision form: each field checked, then, within the store's time budget, the matrix (commander or
 * deputy; a named approver must have the right to approve it; someone must be there to approve) and the decision
 * recorded. Only then is Slack answered, so nobody is told of a decision that was not stored; the room and the
 * approvers hear of it after.
 */
@SlackComponent
class DecisionSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(DecisionSubmission.class);

    private final DecisionModal modal;
    private final IncidentDecisions decisions;
    private final Incidents incidents;
    private final Permissions permissions;
    private final DecisionApprovals approvals;
    private final DirectMessages direct;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final Executor work;

    DecisionSubmission(DecisionModal modal, IncidentDecisions decisions, Incidents incidents, Permissions permissions,
                       DecisionApprovals approvals, DirectMessages direct, UserLocales locales, Texts texts,
                       StoreWithinAck store, @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.decisions = decisions;
        this.incidents = incidents;
        this.permissions = permissions;
        this.approvals = approvals;
        this.direct = direct;
        this.locales = locales;
        this.texts = texts;
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(DecisionModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            DecisionModal.Read read = modal.read(view.getState(), locale);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            Submitted submitted = new Submitted("view:" + view.getId(), view.getPrivateMetadata(), user, read.draft());
            var recorded = store.attempt(() -> record(submitted, locale));
            if (recorded.failed()) {
                log.error("Could not record a decision by {} on {}", user, submitted.incidentId(), recorded.failure());
                return error(ctx, "question", texts.get(locale, "error.not-recorded"));
            }
            if (recorded.late()) {
                recorded.later().whenCompleteAsync((outcome, failure) -> {
                    if (failure != null) {
                        direct.sendEvenIfStoreIsDown(user, texts.get(locale, "decide.not-recorded",
                                typed(read.draft(), locale)));
                    } else if (!outcome.errors().isEmpty()) {
                        direct.sendEvenIfStoreIsDown(user, String.join("\n", outcome.errors().values()));
                    } else {
                        announce(outcome);
                    }
                }, work);
                return ctx.ack();
            }
            if (!recorded.value().errors().isEmpty()) {
                return ctx.ack(r -> r.responseAction("errors").errors(recorded.value().errors()));
            }
            work.execute(() -> announce(recorded.value()));
            return ctx.ack();
        }));
    }

    private record Submitted(String key, String incidentId, String user, DecisionModal.Draft draft) {
    }

    /** Recorded (with its incident), or the errors to show beside the fields; nothing is stored then. */
    private record Outcome(Incident incident, IncidentDecisions.Recorded recorded, Map<String, String> errors) {
        static Outcome refused(String field, String why) {
            return new Outcome(null, null, Map.of(field, why));
        }
    }

    private Outcome record(Submitted s, Locale locale) {
        Incident incident = s.incidentId() == null ? null : incidents.find(s.incidentId()).orElse(null);
        if (incident == null) {
            return Outcome.refused("question", texts.get(locale, "error.not-found", Mrkdwn.cut(s.incidentId(), 50)));
        }
        String refusal = permissions.refusal(s.user(), CsirtAction.DECIDE, incident, locale);
        if (refusal != null) {
            return Outcome.refused("question", refusal);
        }
        DecisionModal.Draft d = s.draft();
        String cannotApprove = approverProblem(incident, d, s.user(), locale);
        if (cannotApprove != null) {
            return Outcome.refused(d.approverId() != null ? "approver" : "approval", cannotApprove);
        }
        var recorded = decisions.record(new RecordDecision(s.key(), incident.id(), s.user(), d.question(), d.options(),
                d.chosen(), d.rationale(), d.approval(), d.approverId()));
        return new Outcome(incident, recorded, Map.of());
    }

    /** Why the approval cannot be asked as the form says: the person named may not approve, or nobody could. */
    private String approverProblem(Incident incident, DecisionModal.Draft d, String proposer, Locale locale) {
        if (d.approval() == Approval.NONE) {
            return null;
        }
        boolean executive = d.approval() == Approval.EXECUTIVE;
        if (d.approverId() != null) {
            Decision may = permissions.approval(d.approverId(), incident, proposer, executive);
            return may.allowed() ? null : texts.get(locale, "decide.error.approver." + may.refusal().name(), incident.id());
        }
        if (approvals.recipients(incident, d.approval(), null, proposer).isEmpty()) {
            String who = executive && !incident.reachesExecutives() ? "exercise" : d.approval().code();
            return texts.get(locale, "decide.error.nobody." + who, incident.id());
        }
        return null;
    }

    private void announce(Outcome outcome) {
        if (outcome.recorded().created()) {
            approvals.recorded(outcome.incident(), outcome.recorded().decision());
        }
    }

    /** The form as the person filled it in, field by field, given back when it could not be recorded. */
    private String typed(DecisionModal.Draft d, Locale locale) {
        return String.join("\n", "*" + texts.get(locale, "decide.field.question") + "*",
                Mrkdwn.quoted(d.question(), RecordDecision.QUESTION_MAX),
                "*" + texts.get(locale, "decide.label.options") + "*",
                Mrkdwn.quoted(d.options().stream().map(o -> "- " + o).collect(Collectors.joining("\n")),
                        RoomCommands.GIVEN_BACK_MAX),
                "*" + texts.get(locale, "decide.label.chosen") + "*",
                Mrkdwn.quoted(d.chosen(), RecordDecision.OPTION_MAX),
                "*" + texts.get(locale, "decide.field.rationale") + "*",
                Mrkdwn.quoted(d.rationale(), RecordDecision.RATIONALE_MAX));
    }

    private static Response error(ViewSubmissionContext ctx, String field, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(field, message)));
    }
}
