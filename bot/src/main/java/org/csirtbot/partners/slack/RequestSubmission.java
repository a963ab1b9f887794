package org.csirtbot.partners.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.partners.NewOutsideRequest;
import org.csirtbot.partners.OutsideRequests;
import org.csirtbot.partners.Partner;
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
 * A submitted request: each field checked, then, within the store's time budget, the matrix ({@code LIAISE}, as one of
 * the room the form was opened in), the organisation, its TLP and the authorising decision checked and the request
 * logged. Only then is Slack answered, so nobody is told of a request that was not stored; the request is then posted
 * in the room with its status buttons. A request that would share with the organisation more than the highest TLP it may
 * receive keeps the form, saying so beside the TLP, and nothing is stored.
 */
@SlackComponent
class RequestSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(RequestSubmission.class);
    private static final int ID_SHOWN_MAX = 50;

    private final RequestModal modal;
    private final OutsideRequests requests;
    private final Incidents incidents;
    private final Permissions permissions;
    private final RequestPosts posts;
    private final DirectMessages direct;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final Executor work;

    RequestSubmission(RequestModal modal, OutsideRequests requests, Incidents incidents, Permissions permissions,
                      RequestPosts posts, DirectMessages direct, UserLocales locales, RequestWords words,
                      StoreWithinAck store, @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.requests = requests;
        this.incidents = incidents;
        this.permissions = permissions;
        this.posts = posts;
        this.direct = direct;
        this.locales = locales;
        this.texts = words.texts();
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(RequestModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            RequestModal.Read read = modal.read(view.getState(), locale);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            String key = "view:" + view.getId();
            var recorded = store.attempt(() -> record(view.getPrivateMetadata(), key, user, read.request(), locale));
            if (recorded.failed()) {
                log.error("Could not log a request by {}", user, recorded.failure());
                return error(ctx, RequestModal.SUBJECT, texts.get(locale, "error.not-recorded"));
            }
            if (recorded.late()) {
                recorded.later().whenCompleteAsync((outcome, failure) -> {
                    if (failure != null || outcome.refusal() != null) {
                        direct.sendEvenIfStoreIsDown(user, (failure != null ? texts.get(locale, "request.not-recorded")
                                : outcome.refusal()) + "\n" + Mrkdwn.quoted(read.request().subject(), 1000));
                    } else {
                        announce(outcome);
                    }
                }, work);
                return ctx.ack();
            }
            if (recorded.value().refusal() != null) {
                return error(ctx, recorded.value().field(), recorded.value().refusal());
            }
            work.execute(() -> announce(recorded.value()));
            return ctx.ack();
        }));
    }

    /** The request logged (with its incident), or why not and beside which field; nothing is stored then. */
    private record Outcome(Incident incident, OutsideRequests.Logged logged, String field, String refusal) {
        static Outcome refused(String field, String why) {
            return new Outcome(null, null, field, why);
        }
    }

    private Outcome record(String metadata, String key, String user, NewOutsideRequest request, Locale locale) {
        String[] parts = metadata == null ? new String[0] : metadata.split("\\|", 2);
        Incident incident = parts.length == 0 ? null : incidents.find(parts[0]).orElse(null);
        if (incident == null) {
            return Outcome.refused(RequestModal.SUBJECT, texts.get(locale, "error.not-found",
                    Mrkdwn.escapeAndCut(parts.length == 0 ? "" : parts[0], ID_SHOWN_MAX)));
        }
        String channel = parts.length > 1 ? parts[1] : null;
        String refusal = permissions.refusalIn(channel, user, CsirtAction.LIAISE, incident, locale);
        if (refusal != null) {
            return Outcome.refused(RequestModal.SUBJECT, refusal);
        }
        OutsideRequests.Logged logged = requests.log(incident, user, request, key);
        if (logged.refusal() == null) {
            return new Outcome(incident, logged, null, null);
        }
        Partner partner = logged.partner();
        return switch (logged.refusal()) {
            case ABOVE_PARTNER_TLP -> Outcome.refused(RequestModal.TLP, texts.get(locale, "request.refusal.ABOVE_PARTNER_TLP",
                    RequestWords.name(locale, partner), partner.tlpMax().label(), request.tlp().label()));
            case UNUSABLE_DECISION -> Outcome.refused(RequestModal.DECISION,
                    texts.get(locale, "request.refusal.UNUSABLE_DECISION"));
            default -> Outcome.refused(RequestModal.PARTNER, texts.get(locale, "request.refusal.UNKNOWN_PARTNER"));
        };
    }

    private void announce(Outcome outcome) {
        if (!outcome.logged().created() || outcome.incident().room() == null
                || outcome.incident().room().channelId() == null) {
            return;
        }
        try {
            var request = outcome.logged().request();
            String ts = posts.post(outcome.incident(), request);
            requests.shownAt(request, outcome.incident().room().channelId(), ts);
        } catch (RuntimeException e) {
            log.warn("Could not post the request {} in the room of {}: {}", outcome.logged().request().id(),
                    outcome.incident().id(), e.toString());
        }
    }

    private static Response error(ViewSubmissionContext ctx, String field, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(field, message)));
    }
}
