package org.csirtbot.playbooks.load;

import java.util.Set;
import java.util.stream.Collectors;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.EventRef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;

/** Every step, option and event a playbook points at exists. */
final class StepReferences {

    private final Playbook playbook;
    private final Findings findings;
    private final Set<String> stepIds;

    private StepReferences(Playbook playbook, Findings findings) {
        this.playbook = playbook;
        this.findings = findings;
        this.stepIds = playbook.steps().map(Step::id).collect(Collectors.toSet());
    }

    static void check(Playbook playbook, Findings findings) {
        new StepReferences(playbook, findings).checkAll();
    }

    private void checkAll() {
        for (Walk.LocatedStep located : Walk.steps(playbook)) {
            step(located);
        }
        for (int i = 0; i < playbook.clocks().size(); i++) {
            ClockDef clock = playbook.clocks().get(i);
            event(clock.startsOn(), "/clocks/" + i + "/starts_on");
            event(clock.stopsOn(), "/clocks/" + i + "/stops_on");
        }
        for (int i = 0; i < playbook.closureCriteria().size(); i++) {
            String stepDone = playbook.closureCriteria().get(i).stepDone();
            if (stepDone != null && !stepIds.contains(stepDone)) {
                findings.add("/closure_criteria/" + i + "/step_done", unknownStep(stepDone));
            }
        }
    }

    private void step(Walk.LocatedStep located) {
        Step step = located.step();
        target(step.next(), located.at("next"));
        for (int i = 0; i < step.branches().size(); i++) {
            target(step.branches().get(i), located.at("branches/" + i));
        }
        if (step.approval() != null) {
            target(step.approval().onReject(), located.at("approval/on_reject"));
        }
        if (step.waiting() != null) {
            event(step.waiting().until(), located.at("wait/until"));
        }
        if (step.sla() != null) {
            event(step.sla().fromEvent(), located.at("sla/from"));
        }
        if (step.subplaybook() != null && step.subplaybook().playbook().equals(playbook.id())) {
            findings.add(located.at("subplaybook/playbook"), "playbook '" + playbook.id()
                    + "' runs itself as a sub-playbook: name another playbook");
        }
        if (step.decision() != null) {
            decision(step.decision(), located.at("decision"));
        }
    }

    private void decision(Decision decision, String at) {
        for (int i = 0; i < decision.options().size(); i++) {
            target(decision.options().get(i).next(), at + "/options/" + i + "/next");
        }
        String fallback = decision.defaultOption();
        if (fallback != null && decision.option(fallback).isEmpty()) {
            findings.add(at + "/default_option", "default_option '" + fallback + "' is not one of the options "
                    + decision.options().stream().map(Decision.Option::id).toList() + ": name one of them");
        }
    }

    private void target(String ref, String pointer) {
        if (ref != null && !Step.END.equals(ref) && !stepIds.contains(ref)) {
            findings.add(pointer, unknownStep(ref));
        }
    }

    private void event(String text, String pointer) {
        if (text == null) {
            return;
        }
        EventRef event = EventRef.parse(text);
        if (event.kind() == EventRef.Kind.STEP_COMPLETED && !stepIds.contains(event.subject())) {
            findings.add(pointer, unknownStep(event.subject()));
        }
        if (event.kind() == EventRef.Kind.DECISION) {
            Decision decision = playbook.step(event.subject()).map(Step::decision).orElse(null);
            if (decision == null) {
                findings.add(pointer, "'" + event.subject() + "' is not a decision step: name a step of type decision");
            } else if (decision.option(event.option()).isEmpty()) {
                findings.add(pointer, "decision '" + event.subject() + "' has no option '" + event.option()
                        + "': use one of " + decision.options().stream().map(Decision.Option::id).toList());
            }
        }
    }

    private String unknownStep(String ref) {
        return "unknown step '" + ref + "': use the id of a step in this playbook, or 'end'";
    }
}
