package org.csirtbot.closing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;

/**
 * What an incident needs before it is closed: the post-incident review under way ({@code /incident resolve}, NIST:
 * closing follows post-incident activity), a commander, a severity, the lessons-learned questions answered when it
 * is S1 or S2 (NIST: mandatory for major incidents), no mandatory playbook step left open, the playbooks' closure
 * criteria met, no regulatory clock running, and no playbook a step asked for left unstarted. Pure.
 */
public final class ClosureCriteria {

    /** The severities whose lessons-learned questions must all be answered. */
    public static final Set<Severity> LESSONS_REQUIRED = EnumSet.of(Severity.S1, Severity.S2);

    private ClosureCriteria() {
    }

    /** A criterion an incident must meet to be closed. */
    public enum Criterion {
        /** In {@code post_incident}. */
        POST_INCIDENT,
        COMMANDER,
        SEVERITY,
        /** For S1 and S2, every lessons-learned question answered; the items are the unanswered question IDs. */
        LESSONS,
        /** No mandatory playbook step open; the items are the open steps. */
        MANDATORY_STEPS,
        /** Every playbook's {@code closure_criteria} met; the items are those not met. */
        PLAYBOOK_CRITERIA,
        /** No playbook clock (a regulatory deadline) still running; the items are the clocks. */
        RUNNING_CLOCKS,
        /** Every playbook a step asked for started; the items are those nobody started. */
        PLAYBOOKS_NOT_STARTED,
        /** Recovery declared complete, once the incident reached containment ({@link RecoveryGate}). */
        RECOVERY
    }

    /** A criterion not met, with what is missing for it (question IDs, step names; empty where nothing more to say). */
    public record Missing(Criterion criterion, List<String> items) {

        public Missing {
            items = List.copyOf(items);
        }
    }

    /** What keeps the incident from being closed, its playbooks holding nothing open but mandatory steps. */
    public static List<Missing> missing(Incident incident, List<String> openMandatorySteps) {
        return missing(incident, openMandatorySteps, PlaybookObligations.Open.NOTHING);
    }

    /** Everything that keeps the incident from being closed, in the order of {@link Criterion}; empty when nothing. */
    public static List<Missing> missing(Incident incident, List<String> openMandatorySteps,
                                        PlaybookObligations.Open playbooks) {
        List<Missing> missing = new ArrayList<>();
        if (incident.status() != IncidentStatus.POST_INCIDENT) {
            missing.add(new Missing(Criterion.POST_INCIDENT, List.of()));
        }
        if (incident.commanderId() == null || incident.commanderId().isBlank()) {
            missing.add(new Missing(Criterion.COMMANDER, List.of()));
        }
        if (incident.severity() == null) {
            missing.add(new Missing(Criterion.SEVERITY, List.of()));
        }
        List<String> unanswered = unanswered(incident);
        if (LESSONS_REQUIRED.contains(incident.severity()) && !unanswered.isEmpty()) {
            missing.add(new Missing(Criterion.LESSONS, unanswered));
        }
        add(missing, Criterion.MANDATORY_STEPS, openMandatorySteps);
        add(missing, Criterion.PLAYBOOK_CRITERIA, playbooks.criteria());
        add(missing, Criterion.RUNNING_CLOCKS, playbooks.clocks());
        add(missing, Criterion.PLAYBOOKS_NOT_STARTED, playbooks.notStarted());
        return missing;
    }

    private static void add(List<Missing> missing, Criterion criterion, List<String> items) {
        if (!items.isEmpty()) {
            missing.add(new Missing(criterion, items));
        }
    }

    /** The IDs of the lessons-learned questions without an answer, in question order. */
    public static List<String> unanswered(Incident incident) {
        return Arrays.stream(LessonsQuestion.values()).map(LessonsQuestion::id)
                .filter(id -> {
                    String answer = incident.closure().lessons().get(id);
                    return answer == null || answer.isBlank();
                }).toList();
    }
}
