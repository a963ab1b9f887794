package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Stream;

/** One step of a phase. Which of decision/approval/notify/wait/subplaybook/branches is set follows {@code type}. */
public record Step(
        String id,
        String cacaoRef,
        StepType type,
        LText name,
        LText instructions,
        LText why,
        String owner,
        List<String> assignees,
        boolean mandatory,
        String waivableBy,
        String when,
        String next,
        List<String> requires,
        List<FieldDef> collect,
        List<FieldDef> record,
        List<Evidence> evidence,
        Decision decision,
        Approval approval,
        @JsonProperty("notify") Notify notification,
        @JsonProperty("wait") Wait waiting,
        SubPlaybook subplaybook,
        List<String> branches,
        Sla sla,
        Tlp tlp,
        List<String> csf,
        List<String> nistChecklist,
        List<Spawn> spawns,
        List<Reference> references) {

    /** The reserved step reference that ends the run (or the branch). */
    public static final String END = "end";

    public Step {
        assignees = Lists.orEmpty(assignees);
        requires = Lists.orEmpty(requires);
        collect = Lists.orEmpty(collect);
        record = Lists.orEmpty(record);
        evidence = Lists.orEmpty(evidence);
        branches = Lists.orEmpty(branches);
        csf = Lists.orEmpty(csf);
        nistChecklist = Lists.orEmpty(nistChecklist);
        spawns = Lists.orEmpty(spawns);
        references = Lists.orEmpty(references);
    }

    /** Fields completing this step takes: what it collects, then what it must record. */
    public Stream<FieldDef> fields() {
        return Stream.concat(collect.stream(), record.stream());
    }

    /** Optional steps may be skipped by their owner; mandatory ones only waived by {@code waivableBy}. */
    public boolean skippable() {
        return !mandatory || waivableBy != null;
    }
}
