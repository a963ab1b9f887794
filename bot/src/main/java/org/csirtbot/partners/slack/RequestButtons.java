package org.csirtbot.partners.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.partners.RequestStatus;
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

/**
 * The status buttons on a request's message: in the incident's room, whoever the matrix lets liaise ({@code LIAISE})
 * moves the request to the status clicked, which is logged and shown on the message; anyone else, a click anywhere
 * else, or on a request already in that status, is told privately why nothing changed.
 */
@SlackComponent
class RequestButtons implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(RequestButtons.class);
    private static final Pattern ACTIONS = Pattern.compile("^" + RequestPosts.BUTTON + "[a-z]+$");

    private final Incidents incidents;
    private final Permissions permissions;
    private final RequestChanges changes;
    private final SlackGateway slack;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    RequestButtons(Incidents incidents, Permissions permissions, RequestChanges changes, SlackGateway slack,
                   UserLocales locales, RequestWords words, @Qualifier("slackWork") Executor work) {
        this.incidents = incidents;
        this.permissions = permissions;
        this.changes = changes;
        this.slack = slack;
        this.locales = locales;
        this.texts = words.texts();
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.blockAction(ACTIONS, (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            String action = req.getPayload().getActions().get(0).getActionId();
            Optional<RequestStatus> to = RequestStatus.ofCode(action.substring(RequestPosts.BUTTON.length()));
            work.execute(() -> {
                Locale locale = locales.now(click.user());
                try {
                    String answer = to.isEmpty() ? null : click(click, to.get(), locale);
                    if (answer != null) {
                        slack.postEphemeral(click.channel(), click.user(), answer);
                    }
                } catch (RuntimeException e) {
                    log.error("Request button {} by {} failed", action, click.user(), e);
                    slack.postEphemeral(click.channel(), click.user(), texts.get(locale, "error.not-recorded"));
                }
            });
            return ctx.ack();
        });
    }

    /** Changes the request; returns what to tell the person privately (null when the room is told instead). */
    private String click(ButtonClick click, RequestStatus to, Locale locale) {
        String[] value = click.value() == null ? new String[0] : click.value().split("\\|", 2);
        Incident incident = value.length < 2 ? null : incidents.find(value[0]).orElse(null);
        if (incident == null) {
            return texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(click.value(), RequestChanges.ID_SHOWN_MAX));
        }
        if (!Permissions.isRoom(click.channel(), incident)) {
            return texts.get(locale, "request.elsewhere");
        }
        String refusal = permissions.refusalIn(click.channel(), click.user(), CsirtAction.LIAISE, incident, locale);
        if (refusal != null) {
            return refusal;
        }
        RequestChanges.Answer answer = changes.change(incident, value[1], to, click.user(), locale);
        return answer.changed() ? null : answer.text();
    }
}
