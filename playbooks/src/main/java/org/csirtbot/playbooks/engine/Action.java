package org.csirtbot.playbooks.engine;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import org.csirtbot.playbooks.model.Severity;

/** What a responder (or the clock) does to a run. Field values are strings; a multiple field's values are lines. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "action")
@JsonSubTypes({
    @JsonSubTypes.Type(Action.Complete.class), @JsonSubTypes.Type(Action.Skip.class),
    @JsonSubTypes.Type(Action.Choose.class), @JsonSubTypes.Type(Action.Approve.class),
    @JsonSubTypes.Type(Action.Reject.class), @JsonSubTypes.Type(Action.ProvideInputs.class),
    @JsonSubTypes.Type(Action.TimePasses.class), @JsonSubTypes.Type(Action.IncidentRated.class),
    @JsonSubTypes.Type(Action.SubRunEnded.class)})
public sealed interface Action {

    /** Marks a ready step done with the fields it collects or records. */
    record Complete(Actor actor, String step, Map<String, String> fields) implements Action {
        public Complete {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /** Skips an optional step, or waives a mandatory one by its {@code waivable_by} role; a reason is required. */
    record Skip(Actor actor, String step, String reason) implements Action {
    }

    /** Answers a decision step with one of its options, a rationale and the fields the step records. */
    record Choose(Actor actor, String step, String option, String rationale, Map<String, String> fields)
            implements Action {
        public Choose {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }

    /** Approves an approval step, or a notify step that needs approval before it is sent. */
    record Approve(Actor actor, String step, String comment) implements Action {
    }

    /** Rejects an approval or a notification; a reason is required. */
    record Reject(Actor actor, String step, String reason) implements Action {
    }

    /** Sets the playbook's inputs. */
    record ProvideInputs(Actor actor, Map<String, String> values) implements Action {
        public ProvideInputs {
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    /**
     * The incident's severity is now {@code severity} (set, raised, or a lowering confirmed): the run takes it, and
     * {@code __incident_severity__} holds it.
     */
    record IncidentRated(Severity severity) implements Action {
    }

    /** The run of {@code playbook} on the same incident ended: sub-playbook steps waiting for it are done. */
    record SubRunEnded(String playbook) implements Action {
    }

    /** Nothing but time: fires the reminders, escalations, clock warnings and deadlines now due. */
    record TimePasses() implements Action {
    }
}
