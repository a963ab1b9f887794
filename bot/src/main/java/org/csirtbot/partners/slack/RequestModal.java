package org.csirtbot.partners.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Tlp;
import org.csirtbot.partners.NewOutsideRequest;
import org.csirtbot.partners.Partner;
import org.csirtbot.partners.PartnerFields;
import org.csirtbot.partners.RequestDirection;
import org.csirtbot.partners.RequestStatus;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.time.ReadableTimes;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;

/**
 * The form of {@code /incident request}: which way it goes, the organisation (from the directory, each with the highest
 * TLP it may receive), the subject, our reference and theirs, the TLP (the incident's to start with), the date a reply
 * is due, where it stands, and the decision that authorised it (one of the incident's decisions taken without approval
 * or approved; optional). Its private metadata is the incident ID and the room it was opened in.
 */
@SlackComponent
class RequestModal {

    static final String CALLBACK = "incident_outside_request";
    static final String DIRECTION = "direction";
    static final String PARTNER = "partner";
    static final String SUBJECT = "subject";
    static final String OUR_REF = "our_ref";
    static final String THEIR_REF = "their_ref";
    static final String TLP = "tlp";
    static final String DUE_ON = "due_on";
    static final String STATUS = "status";
    static final String DECISION = "decision";
    /** Slack's limit of options in a select. */
    static final int OPTIONS_MAX = 100;

    private final RequestWords words;
    private final Texts texts;
    private final ReadableTimes times;
    private final Clock clock;

    RequestModal(RequestWords words, ReadableTimes times, Clock clock) {
        this.words = words;
        this.texts = words.texts();
        this.times = times;
        this.clock = clock;
    }

    /** What the form offers: the directory, and the incident's decisions that authorised something, newest first. */
    record Choices(List<Partner> partners, List<IncidentDecision> decisions) {
    }

    View form(Locale locale, Incident incident, String channel, Choices choices) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String intro = texts.get(locale, "request.modal.intro", Mrkdwn.escape(incident.id()));
        blocks.add(section(s -> s.text(markdownText(Mrkdwn.cut(intro, 3000)))));
        List<OptionObject> directions = Arrays.stream(RequestDirection.values())
                .map(d -> ModalParts.option(words.direction(locale, d), d.code(), null)).toList();
        blocks.add(ModalParts.select(DIRECTION, texts.get(locale, "request.field.direction"), directions,
                directions.get(0)));
        blocks.add(ModalParts.select(PARTNER, texts.get(locale, "request.field.partner"), choices.partners().stream()
                .limit(OPTIONS_MAX).map(p -> partnerOption(locale, p)).toList(), null));
        blocks.add(ModalParts.textInput(SUBJECT, texts.get(locale, "request.field.subject"), null,
                NewOutsideRequest.SUBJECT_MAX, true, false));
        blocks.add(ModalParts.textInput(OUR_REF, texts.get(locale, "request.field.our_ref"), null,
                NewOutsideRequest.REF_MAX, false, true));
        blocks.add(ModalParts.textInput(THEIR_REF, texts.get(locale, "request.field.their_ref"), null,
                NewOutsideRequest.REF_MAX, false, true));
        List<OptionObject> tlps = Arrays.stream(Tlp.values()).map(t -> ModalParts.option("TLP:" + t.label(),
                t.label(), null)).toList();
        blocks.add(ModalParts.select(TLP, texts.get(locale, "request.field.tlp"), tlps,
                tlps.get(incident.tlp().ordinal())));
        blocks.add(ModalParts.datePicker(DUE_ON, texts.get(locale, "request.field.due_on")));
        List<OptionObject> statuses = Arrays.stream(RequestStatus.values())
                .map(s -> ModalParts.option(words.status(locale, s), s.code(), null)).toList();
        blocks.add(ModalParts.select(STATUS, texts.get(locale, "request.field.status"), statuses, statuses.get(0)));
        if (choices.decisions().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(texts.get(locale, "request.modal.no-decisions"))))));
        } else {
            blocks.add(ModalParts.optionalSelect(DECISION, texts.get(locale, "request.field.decision"), choices
                    .decisions().stream().limit(OPTIONS_MAX).map(d -> ModalParts.option(d.decisionId() + " · "
                            + d.question(), d.decisionId(), d.chosen())).toList()));
        }
        return ModalParts.modal(CALLBACK, texts.get(locale, "request.modal.title"),
                        texts.get(locale, "request.modal.submit"), texts.get(locale, "modal.cancel"))
                .privateMetadata(incident.id() + "|" + (channel == null ? "" : channel)).blocks(blocks).build();
    }

    private OptionObject partnerOption(Locale locale, Partner partner) {
        String about = words.kind(locale, partner.kind()) + " · TLP:" + partner.tlpMax().label()
                + (partner.reachable() ? "" : " · " + texts.get(locale, "request.modal.unfilled"));
        return ModalParts.option(partner.name(locale), partner.id(), about);
    }

    /** A read form: the request when valid, else the error beside each bad field by block ID. */
    record Read(NewOutsideRequest request, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** What the form says, each field checked on its own; a reply due before today (in the organisation's zone) is refused. */
    Read read(ViewState state, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<RequestDirection> direction = ModalParts.selected(state, DIRECTION).flatMap(RequestDirection::ofCode);
        Optional<String> partner = ModalParts.selected(state, PARTNER);
        if (partner.isEmpty()) {
            errors.put(PARTNER, texts.get(locale, "error.required"));
        }
        String subject = ModalParts.required(state, SUBJECT, NewOutsideRequest.SUBJECT_MAX, texts, locale, errors);
        String ourRef = optional(state, OUR_REF, locale, errors);
        String theirRef = optional(state, THEIR_REF, locale, errors);
        Optional<Tlp> tlp = ModalParts.selected(state, TLP).flatMap(PartnerFields::tlp);
        if (tlp.isEmpty()) {
            errors.put(TLP, texts.get(locale, "error.required"));
        }
        Optional<LocalDate> due = ModalParts.date(state, DUE_ON);
        if (due.isPresent() && due.get().isBefore(LocalDate.now(clock.withZone(times.timeZone())))) {
            errors.put(DUE_ON, texts.get(locale, "request.error.past"));
        }
        Optional<RequestStatus> status = ModalParts.selected(state, STATUS).flatMap(RequestStatus::ofCode);
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new NewOutsideRequest(direction.orElse(RequestDirection.OUTGOING), partner.get(), subject,
                ourRef, theirRef, tlp.get(), due.orElse(null), status.orElse(RequestStatus.SENT),
                ModalParts.selected(state, DECISION).orElse(null)), Map.of());
    }

    private String optional(ViewState state, String block, Locale locale, Map<String, String> errors) {
        String typed = ModalParts.text(state, block);
        int length = typed.codePointCount(0, typed.length());
        if (length > NewOutsideRequest.REF_MAX) {
            errors.put(block, texts.get(locale, "error.too-long", NewOutsideRequest.REF_MAX, length));
        }
        return typed;
    }
}
