package org.csirtbot.playbooks.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A playbook in the csirt-playbook/1 format (playbooks/FORMAT.md). {@code legalReviewed} is the date (YYYY-MM-DD) its
 * legal content was last reviewed against the primary texts, or null when it was never reviewed.
 */
public record Playbook(
        String schema,
        String id,
        int version,
        String status,
        String created,
        String modified,
        String createdBy,
        String cacaoId,
        String validFrom,
        String validUntil,
        Integer priorityDefault,
        Integer impactOfExecution,
        List<String> activities,
        String lang,
        LText name,
        LText description,
        List<String> playbookTypes,
        Classification classification,
        Severity severityDefault,
        Tlp tlp,
        CaseDefaults caseDefaults,
        List<Trigger> triggers,
        List<FieldDef> inputs,
        Map<String, RoleDef> roles,
        Map<String, PartyDef> parties,
        List<ClockDef> clocks,
        List<Phase> phases,
        List<Criterion> closureCriteria,
        List<Reference> references,
        Map<String, Object> extensions,
        String legalReviewed) {

    public static final String SCHEMA = "csirt-playbook/1";

    public Playbook {
        playbookTypes = Lists.orEmpty(playbookTypes);
        activities = Lists.orEmpty(activities);
        triggers = Lists.orEmpty(triggers);
        inputs = Lists.orEmpty(inputs);
        roles = Lists.orEmpty(roles);
        parties = Lists.orEmpty(parties);
        clocks = Lists.orEmpty(clocks);
        phases = Lists.orEmpty(phases);
        closureCriteria = Lists.orEmpty(closureCriteria);
        references = Lists.orEmpty(references);
        extensions = Lists.orEmpty(extensions);
    }

    /** All steps in document order. */
    public Stream<Step> steps() {
        return phases.stream().flatMap(p -> p.steps().stream());
    }

    public Optional<Step> step(String id) {
        return steps().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Where the run begins: the first step of the first phase. */
    public Step firstStep() {
        return steps().findFirst().orElseThrow();
    }

    /** Where a step leads by default: its {@code next}, else the step written after it, else {@link Step#END}. */
    public String successor(Step step) {
        if (step.next() != null) {
            return step.next();
        }
        List<Step> all = steps().toList();
        int index = all.indexOf(step);
        return index + 1 < all.size() ? all.get(index + 1).id() : Step.END;
    }

    public Optional<FieldDef> input(String key) {
        return inputs.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Whether one of its triggers is of this kind ({@code external_notification}, {@code alert}, …). */
    public boolean triggeredBy(String kind) {
        return triggers.stream().anyMatch(t -> kind.equals(t.kind()));
    }

    /** Whether a report of this category suggests the playbook. */
    public boolean suggestedFor(String reportCategory) {
        return triggers.stream().anyMatch(t -> t.categories().contains(reportCategory));
    }
}
