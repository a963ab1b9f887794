package org.csirtbot.playbook.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.ButtonClick;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.ModalParts;
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
import com.slack.api.model.view.View;

/**
 * The commander's answer to a lowering a playbook decision proposed: the proposal's button opens a form asking why,
 * for whoever may change the severity ({@link CsirtAction#CHANGE_SEVERITY}); sent, the severity is lowered as by
 * {@code /incident severity} (logged with the reason). A proposal the severity has moved on from is refused.
 */
@SlackComponent
class LoweringConfirmation implements SlackRoute {

    static final String CONFIRM = "playbook_lower";
    static final String CALLBACK = "playbook_lower_form";
    static final String REASON = "reason";

    private static final Logger log = LoggerFactory.getLogger(LoweringConfirmation.class);

    /** A proposal: the incident, the severity it was proposed from and the one proposed. */
    record Proposal(String incidentId, Severity from, Severity to) {

        String value() {
            return incidentId + "|" + from.name() + "|" + to.name();
        }

        static Optional<Proposal> parse(String value) {
            String[] parts = value == null ? new String[0] : value.split("\\|");
            try {
                return parts.length != 3 ? Optional.empty()
                        : Optional.of(new Proposal(parts[0], Severity.valueOf(parts[1]), Severity.valueOf(parts[2])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final SlackGateway slack;
    private final Incidents incidents;
    private final Permissions permissions;
    private final SeverityChanges severities;
    private final SlackIncidentRooms rooms;
    private final Texts texts;
    private final UserLocales locales;
    private final Executor views;
    private final Executor work;

    LoweringConfirmation(SlackGateway slack, Incidents incidents, Permissions permissions, SeverityChanges severities,
                         SlackIncidentRooms rooms, Texts texts, UserLocales locales,
                         @Qualifier("slackViews") Executor views, @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.incidents = incidents;
        this.permissions = permissions;
        this.severities = severities;
        this.rooms = rooms;
        this.texts = texts;
        this.locales = locales;
        this.views = views;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.blockAction(CONFIRM, (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            views.execute(() -> clicked(click));
            return ctx.ack();
        });
        app.viewSubmission(CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            Map<String, String> errors = new HashMap<>();
            String reason = ModalParts.required(view.getState(), REASON, SeverityChanges.REASON_MAX, texts, locale, errors);
            Optional<Proposal> proposal = Proposal.parse(view.getPrivateMetadata());
            Incident incident = proposal.flatMap(p -> incidents.find(p.incidentId())).orElse(null);
            String refusal = incident == null ? texts.get(locale, "playbook.gone")
                    : Optional.ofNullable(permissions.refusal(user, CsirtAction.CHANGE_SEVERITY, incident, locale))
                            .orElseGet(() -> stale(incident, proposal.get(), locale));
            if (refusal != null) {
                errors.putIfAbsent(REASON, Mrkdwn.cut(refusal, ModalParts.OPTION_TEXT_MAX * 2));
            }
            if (!errors.isEmpty()) {
                return ctx.ack(r -> r.responseAction("errors").errors(errors));
            }
            var change = severities.change(incident.id(), user, proposal.get().to(), reason);
            if (change.entry() != null) {
                work.execute(() -> {
                    rooms.refreshSummary(change.incident(), change.entry());
                    rooms.refreshTopic(change.incident(), change.entry());
                });
            }
            return ctx.ack();
        }));
    }

    private void clicked(ButtonClick click) {
        Locale locale = locales.now(click.user());
        try {
            Optional<Proposal> proposal = Proposal.parse(click.value());
            Incident incident = proposal.flatMap(p -> incidents.find(p.incidentId())).orElse(null);
            String refusal = incident == null ? texts.get(locale, "playbook.gone")
                    : !Permissions.isRoom(click.channel(), incident) ? texts.get(locale, "playbook.elsewhere")
                    : Optional.ofNullable(permissions.refusalIn(click.channel(), click.user(), CsirtAction.CHANGE_SEVERITY,
                            incident, locale)).orElseGet(() -> stale(incident, proposal.get(), locale));
            if (refusal == null) {
                slack.openView(click.trigger(), form(locale, incident, proposal.get()));
            } else {
                slack.postEphemeral(click.channel(), click.user(), refusal);
            }
        } catch (RuntimeException e) {
            log.error("Confirming a lowering {} by {} failed", click.value(), click.user(), e);
        }
    }

    /** Why the proposal no longer stands (the severity moved since), or null. */
    private String stale(Incident incident, Proposal proposal, Locale locale) {
        return incident.severity() == proposal.from() ? null : texts.get(locale, "playbook.lower.stale", incident.id(),
                texts.get(locale, "severity." + incident.severity().name()), texts.get(locale, "severity." + proposal.from().name()));
    }

    private View form(Locale locale, Incident incident, Proposal proposal) {
        String intro = texts.get(locale, "playbook.modal.lower.intro", incident.id(),
                texts.get(locale, "severity." + proposal.from().name()), texts.get(locale, "severity." + proposal.to().name()));
        return ModalParts.modal(CALLBACK, texts.get(locale, "playbook.modal.lower"),
                        texts.get(locale, "playbook.modal.lower.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(proposal.value())
                .blocks(List.of(section(s -> s.text(markdownText(intro))), ModalParts.textInput(REASON,
                        texts.get(locale, "playbook.modal.lower.reason"), null, SeverityChanges.REASON_MAX, true, false)))
                .build();
    }
}
