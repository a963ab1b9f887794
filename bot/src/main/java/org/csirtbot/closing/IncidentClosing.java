package org.csirtbot.closing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.StatusTransitions;
import org.csirtbot.storage.IncidentStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The end of an incident: the lessons-learned answers ({@code /incident resolve}) and closing it once the
 * {@link ClosureCriteria} are met ({@code /incident close}). Who may is the caller's check
 * ({@link CsirtAction#CHANGE_STATUS}, {@link CsirtAction#CLOSE}).
 */
@Service
public class IncidentClosing {

    private final IncidentStore store;
    private final IncidentLog log;
    private final Clock clock;
    private final ObjectProvider<OpenMandatorySteps> steps;
    private final ObjectProvider<PlaybookObligations> playbooks;
    private final RecoveryGate recovery;

    IncidentClosing(IncidentStore store, IncidentLog log, Clock clock, ObjectProvider<OpenMandatorySteps> steps,
                    ObjectProvider<PlaybookObligations> playbooks, RecoveryGate recovery) {
        this.recovery = recovery;
        this.store = store;
        this.log = log;
        this.clock = clock;
        this.steps = steps;
        this.playbooks = playbooks;
    }

    /** Whether {@code /incident resolve} may move the incident to post-incident, or it is there already. */
    public boolean resolvable(Incident incident) {
        IncidentStatus status = incident.status();
        return status == IncidentStatus.POST_INCIDENT || StatusTransitions.allows(status, IncidentStatus.POST_INCIDENT);
    }

    /** The phases that may follow {@code from}, closing aside. */
    public Set<IncidentStatus> nextPhases(IncidentStatus from) {
        Set<IncidentStatus> next = new TreeSet<>(StatusTransitions.next(from));
        next.remove(IncidentStatus.CLOSED);
        return next;
    }

    /**
     * Records the lessons-learned answers (question ID to answer), replacing earlier ones, and logs them as
     * {@link LogKind#LESSONS_RECORDED}.
     *
     * @return false when the incident is closed meanwhile: nothing was recorded
     * @throws IllegalArgumentException for an unknown question, an answer too long, or no answer at all
     */
    public boolean recordLessons(String incidentId, String actor, Map<String, String> answers) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (LessonsQuestion question : LessonsQuestion.values()) {
            String answer = answers.get(question.id());
            if (answer != null && !answer.isBlank()) {
                if (answer.codePointCount(0, answer.length()) > LessonsQuestion.MAX_ANSWER) {
                    throw new IllegalArgumentException("an answer has at most " + LessonsQuestion.MAX_ANSWER + " characters");
                }
                kept.put(question.id(), answer);
            }
        }
        if (kept.isEmpty() || !answers.keySet().stream().allMatch(id -> LessonsQuestion.ofId(id).isPresent())) {
            throw new IllegalArgumentException("lessons need at least one answer, to known questions only");
        }
        var promised = IncidentLog.promise(actor, LogKind.LESSONS_RECORDED, Map.of("answers", kept));
        if (!store.recordLessons(incidentId, kept, promised)) {
            return false;
        }
        log.settle(incidentId, promised);
        return true;
    }

    /** What became of {@link #close}. */
    public enum Outcome {
        CLOSED,
        /** A criterion is not met; nothing changed. */
        MISSING,
        /** Someone changed the incident at the same moment; nothing changed. */
        CONTENDED
    }

    /**
     * @param incident the incident after the attempt
     * @param missing  what keeps it from being closed ({@link Outcome#MISSING})
     */
    public record Closing(Outcome outcome, Incident incident, List<ClosureCriteria.Missing> missing) {
    }

    /**
     * Closes the incident if it meets the closure criteria: from post-incident to closed, keeping its phase times,
     * stored only if it is still as checked; logs {@link LogKind#CLOSED}.
     *
     * @throws IllegalArgumentException when there is no such incident
     */
    public Closing close(String incidentId, String actor) {
        Incident incident = IncidentDocuments.existing(store, incidentId);
        List<ClosureCriteria.Missing> missing = new ArrayList<>(ClosureCriteria.missing(incident,
                steps.getIfAvailable(() -> OpenMandatorySteps.NONE).of(incidentId),
                playbooks.getIfAvailable(() -> PlaybookObligations.NONE).of(incidentId)));
        recovery.missing(incident).ifPresent(missing::add);
        if (!missing.isEmpty()) {
            return new Closing(Outcome.MISSING, incident, missing);
        }
        Instant now = clock.instant();
        String from = incident.status().code();
        var promised = IncidentLog.promise(actor, LogKind.CLOSED, Map.of("from", from));
        if (!store.changeStatus(incidentId, from, incident.phases().stream().map(IncidentDocuments::toDocument).toList(),
                IncidentStatus.CLOSED.code(), now, promised)) {
            return new Closing(Outcome.CONTENDED, IncidentDocuments.existing(store, incidentId), List.of());
        }
        log.settle(incidentId, promised);
        return new Closing(Outcome.CLOSED, IncidentDocuments.existing(store, incidentId), List.of());
    }

    /** What became of {@link #reopen}. */
    public enum ReopenOutcome {
        REOPENED,
        /** The incident is open; nothing changed. */
        NOT_CLOSED,
        /** Its details were purged after its retention period: nothing left to reopen. */
        PURGED,
        /** Someone changed the incident at the same moment; nothing changed. */
        CONTENDED
    }

    /** @param to the phase it went back to (null unless reopened) */
    public record Reopening(ReopenOutcome outcome, Incident incident, IncidentStatus to) {
    }

    /**
     * Reopens a closed incident in the phase it was in before closing (post-incident, the only one closing leaves
     * from), stored only if it is still as checked; logs {@link LogKind#INCIDENT_REOPENED}. An open incident is
     * neither archived nor purged: both count from the last closing.
     *
     * @throws IllegalArgumentException when there is no such incident
     */
    public Reopening reopen(String incidentId, String actor, String reason) {
        Incident incident = IncidentDocuments.existing(store, incidentId);
        if (incident.status() != IncidentStatus.CLOSED) {
            return new Reopening(ReopenOutcome.NOT_CLOSED, incident, null);
        }
        if (incident.retention() != null && incident.retention().purged()) {
            return new Reopening(ReopenOutcome.PURGED, incident, null);
        }
        IncidentStatus to = phaseBeforeClosing(incident);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", reason);
        data.put("fromStatus", IncidentStatus.CLOSED.code());
        data.put("toStatus", to.code());
        var promised = IncidentLog.promise(actor, LogKind.INCIDENT_REOPENED, data);
        if (!store.changeStatus(incidentId, IncidentStatus.CLOSED.code(),
                incident.phases().stream().map(IncidentDocuments::toDocument).toList(), to.code(), clock.instant(),
                promised)) {
            return new Reopening(ReopenOutcome.CONTENDED, IncidentDocuments.existing(store, incidentId), null);
        }
        log.settle(incidentId, promised);
        return new Reopening(ReopenOutcome.REOPENED, IncidentDocuments.existing(store, incidentId), to);
    }

    private static IncidentStatus phaseBeforeClosing(Incident incident) {
        List<Incident.Phase> phases = incident.phases();
        for (int i = phases.size() - 1; i >= 0; i--) {
            if (phases.get(i).phase() != IncidentStatus.CLOSED) {
                return phases.get(i).phase();
            }
        }
        return IncidentStatus.POST_INCIDENT;
    }
}
