package org.csirtbot.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.decision.IncidentDecisions;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.storage.partners.OutsideRequestStore;
import org.springframework.stereotype.Service;

/**
 * Requests to and from outside organisations, logged on incidents: each stored once per submission and logged
 * ({@link LogKind#OUTSIDE_REQUEST_LOGGED}), each change of status logged ({@link LogKind#OUTSIDE_REQUEST_CHANGED}). A
 * request that would share with an organisation something above the highest TLP it may receive is refused, and so is
 * one naming an organisation the directory does not know or a decision that authorised nothing; nothing is stored then.
 * Who may ({@code CsirtAction.LIAISE}) is the caller's check.
 *
 * <p>The log's data: {@code outside_request_logged} {@code {request, direction, partner, partnerName, subject, ourRef,
 * theirRef, tlp, dueOn, status, decision}}, {@code request} the ID, {@code direction} {@code outgoing} (we ask or
 * share) or {@code incoming} (they ask us), {@code partner} the directory ID and {@code partnerName} its English name
 * then, {@code tlp} the label ({@code AMBER+STRICT}), {@code dueOn} the ISO date a reply is due, {@code status} the one it
 * was logged in, {@code decision} the authorising decision ({@code DEC-n}); texts not given are empty.
 * {@code outside_request_changed} {@code {request, from, to}}, each a status code. {@code outside_request_reminded}
 * ({@link RequestReminders}, the bot's) {@code {request, dueOn, day}}, {@code day} the reminder's date in the
 * organisation's zone.
 */
@Service
public class OutsideRequests {

    private final OutsideRequestStore store;
    private final Partners partners;
    private final IncidentDecisions decisions;
    private final IncidentLog log;
    private final Clock clock;

    OutsideRequests(OutsideRequestStore store, Partners partners, IncidentDecisions decisions, IncidentLog log,
                    Clock clock) {
        this.store = store;
        this.partners = partners;
        this.decisions = decisions;
        this.log = log;
        this.clock = clock;
    }

    /** The request logged (and whether this call logged it: false when the same form came again), or why not. */
    public record Logged(OutsideRequest request, boolean created, Partner partner, RequestRefusal refusal) {
        static Logged refused(RequestRefusal why, Partner partner) {
            return new Logged(null, false, partner, why);
        }
    }

    /** Logs the request {@code by} gave on the incident; {@code key} names the submission, so a repeat logs nothing. */
    public Logged log(Incident incident, String by, NewOutsideRequest r, String key) {
        var earlier = store.findBySubmissionKey(key).map(RequestDocuments::toRequest);
        if (earlier.isPresent()) {
            return new Logged(earlier.get(), false, partners.find(earlier.get().partnerId()).orElse(null), null);
        }
        Partner partner = partners.find(r.partnerId()).orElse(null);
        if (partner == null) {
            return Logged.refused(RequestRefusal.UNKNOWN_PARTNER, null);
        }
        if (r.direction() == RequestDirection.OUTGOING && !partner.mayReceive(r.tlp())) {
            return Logged.refused(RequestRefusal.ABOVE_PARTNER_TLP, partner);
        }
        if (r.decisionId() != null && !authorises(incident, r.decisionId())) {
            return Logged.refused(RequestRefusal.UNUSABLE_DECISION, partner);
        }
        Instant now = clock.instant();
        String id = store.nextId(now.atZone(ZoneOffset.UTC).getYear());
        var inserted = store.insertOnce(RequestDocuments.toDocument(id, incident.id(), key, r, by, now));
        OutsideRequest request = RequestDocuments.toRequest(inserted.request());
        if (!inserted.created()) {
            return new Logged(request, false, partner, null);
        }
        try {
            log.append(incident.id(), by, LogKind.OUTSIDE_REQUEST_LOGGED, loggedData(request, partner));
        } catch (RuntimeException e) {
            // not in the log, so not logged: taken back, so that submitting again logs it
            store.remove(id);
            throw e;
        }
        return new Logged(request, true, partner, null);
    }

    /** Whether the decision is the incident's and authorised something: taken without approval, or approved. */
    private boolean authorises(Incident incident, String decisionId) {
        return decisions.find(incident.id(), decisionId).map(IncidentDecision::status)
                .filter(s -> s == IncidentDecision.Status.RECORDED || s == IncidentDecision.Status.APPROVED).isPresent();
    }

    /** What a change did: the request as it is now and the status it was in; or why nothing changed. */
    public record Changed(OutsideRequest request, RequestStatus from, RequestRefusal refusal) {
    }

    /** Moves the incident's request {@code requestId} to status {@code to}, by {@code by}, and logs it. */
    public Changed change(Incident incident, String requestId, RequestStatus to, String by) {
        for (int attempt = 0; attempt < 5; attempt++) {
            OutsideRequest r = find(requestId).filter(found -> found.incidentId().equals(incident.id())).orElse(null);
            if (r == null) {
                return new Changed(null, null, RequestRefusal.NO_SUCH_REQUEST);
            }
            if (r.status() == to) {
                return new Changed(r, r.status(), RequestRefusal.SAME_STATUS);
            }
            if (store.changeStatus(r.id(), r.status().code(), to.code(), by, clock.instant())) {
                try {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("request", r.id());
                    data.put("from", r.status().code());
                    data.put("to", to.code());
                    log.append(incident.id(), by, LogKind.OUTSIDE_REQUEST_CHANGED, data);
                } catch (RuntimeException e) {
                    store.changeStatus(r.id(), to.code(), r.status().code(), r.changedBy(), r.changedAt());
                    throw e;
                }
                return new Changed(find(r.id()).orElseThrow(), r.status(), null);
            }
            // someone changed it meanwhile: look again
        }
        throw new IllegalStateException("the status of " + requestId + " keeps changing; try again");
    }

    /** The incident's requests, oldest first. */
    public List<OutsideRequest> ofIncident(String incidentId) {
        return store.ofIncident(incidentId).stream().map(RequestDocuments::toRequest).toList();
    }

    public Optional<OutsideRequest> find(String requestId) {
        return requestId == null ? Optional.empty() : store.find(requestId).map(RequestDocuments::toRequest);
    }

    /** Remembers the room's message that shows the request, so a change updates it in place. */
    public void shownAt(OutsideRequest request, String channel, String ts) {
        store.recordMessage(request.id(), channel, ts);
    }

    /** The requests still awaiting a reply that was due on or before {@code day}, oldest due first. */
    List<OutsideRequest> awaitingReplyDueBy(LocalDate day) {
        return store.dueBy(day.toString(), RequestStatus.awaitingReply()).stream().map(RequestDocuments::toRequest)
                .toList();
    }

    private static Map<String, Object> loggedData(OutsideRequest r, Partner partner) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("request", r.id());
        data.put("direction", r.direction().code());
        data.put("partner", r.partnerId());
        data.put("partnerName", partner.name().en().isEmpty() ? partner.name().ja() : partner.name().en());
        data.put("subject", r.subject());
        data.put("ourRef", r.ourRef());
        data.put("theirRef", r.theirRef());
        data.put("tlp", r.tlp().label());
        data.put("dueOn", r.dueOn() == null ? "" : r.dueOn().toString());
        data.put("status", r.status().code());
        data.put("decision", r.decisionId() == null ? "" : r.decisionId());
        return data;
    }
}
