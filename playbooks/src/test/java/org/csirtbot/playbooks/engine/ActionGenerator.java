package org.csirtbot.playbooks.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.playbooks.testing.SampleValues;

/** Makes random actions for a run: mostly sensible, sometimes wrong in every way the engine must refuse. */
final class ActionGenerator {

    private static final List<Actor> PEOPLE = List.of(
            Actor.of("U-poc", "poc"), Actor.of("U-handler", "handler"), Actor.of("U-cmd", "commander"),
            Actor.of("U-exec", "approver"), Actor.of("U-exec2", "approver", "mgmt"), Actor.of("U-dpo", "privacy"),
            Actor.of("U-legal", "legal"), Actor.of("U-im", "im"), Actor.of("U-nobody"));

    private final Playbook playbook;
    private final Random random;
    /** The people above, and one for each role of the playbook none of them holds. */
    private final List<Actor> actors;

    ActionGenerator(Playbook playbook, Random random) {
        this.playbook = playbook;
        this.random = random;
        this.actors = Stream.concat(PEOPLE.stream(), playbook.roles().keySet().stream().sorted()
                .filter(role -> PEOPLE.stream().noneMatch(a -> Roles.holds(playbook, a, role)))
                .map(role -> Actor.of("U-" + role, role))).toList();
    }

    Action next(RunState state, Instant now) {
        if (!state.ready().isEmpty() && random.nextInt(10) < 6) {
            return sensible(playbook.step(state.ready().get(random.nextInt(state.ready().size()))).orElseThrow(), state, now);
        }
        String step = pickStep(state);
        Actor actor = actors.get(random.nextInt(actors.size()));
        return switch (random.nextInt(9)) {
            case 0, 1 -> new Action.Complete(actor, step, fields(step, now));
            case 2 -> new Action.Skip(actor, step, text());
            case 3, 4 -> new Action.Choose(actor, step, option(step), text(), fields(step, now));
            case 5 -> new Action.Approve(actor, step, text());
            case 6 -> new Action.Reject(actor, step, text());
            case 7 -> new Action.ProvideInputs(actor, inputs(now));
            default -> new Action.TimePasses();
        };
    }

    /** What a responder who knows the playbook would do with a ready step. */
    private Action sensible(Step step, RunState state, Instant now) {
        String approver = ApprovalActions.approver(step);
        boolean approved = state.steps().get(step.id()).approved();
        if (step.skippable() && random.nextInt(5) == 0) {
            return new Action.Skip(holderOf(step.mandatory() ? step.waivableBy() : step.owner()), step.id(), "not needed");
        }
        if (step.type() == StepType.DECISION) {
            return new Action.Choose(holderOf(step.owner()), step.id(), option(step.id()), "rationale", fields(step.id(), now));
        }
        if (approver != null && !approved && (step.type() == StepType.APPROVAL || random.nextBoolean())) {
            return random.nextInt(4) == 0 ? new Action.Reject(holderOf(approver), step.id(), "not yet")
                    : new Action.Approve(holderOf(approver), step.id(), "ok");
        }
        return new Action.Complete(holderOf(step.owner()), step.id(), fields(step.id(), now));
    }

    private Actor holderOf(String role) {
        List<Actor> holders = actors.stream().filter(a -> Roles.holds(playbook, a, role)).toList();
        return holders.isEmpty() ? actors.get(2) : holders.get(random.nextInt(holders.size()));
    }

    private String pickStep(RunState state) {
        int dice = random.nextInt(10);
        if (dice < 8 && !state.ready().isEmpty()) {
            return state.ready().get(random.nextInt(state.ready().size()));
        }
        List<Step> all = playbook.steps().toList();
        return dice == 9 ? "no.such.step" : all.get(random.nextInt(all.size())).id();
    }

    private String option(String stepId) {
        Step step = playbook.step(stepId).orElse(null);
        if (step == null || step.decision() == null || random.nextInt(10) == 0) {
            return "no_such_option";
        }
        var options = step.decision().options();
        return options.get(random.nextInt(options.size())).id();
    }

    private Map<String, String> fields(String stepId, Instant now) {
        Map<String, String> fields = new HashMap<>();
        playbook.step(stepId).ifPresent(step -> step.fields().forEach(f -> {
            if (random.nextInt(10) > 0) {
                fields.put(f.key(), value(f, now));
            }
        }));
        if (random.nextInt(20) == 0) {
            fields.put("__stray__", "x");
        }
        return fields;
    }

    private Map<String, String> inputs(Instant now) {
        Map<String, String> values = new HashMap<>();
        playbook.inputs().forEach(f -> {
            if (random.nextBoolean()) {
                values.put(f.key(), value(f, now));
            }
        });
        return values;
    }

    /** A value of the field's type, or (one time in ten) a value of no type at all. */
    private String value(FieldDef field, Instant now) {
        if (random.nextInt(10) == 0) {
            return random.nextBoolean() ? "" : "not a valid value";
        }
        return switch (field.type()) {
            case ENUM -> field.enumValues().get(random.nextInt(field.enumValues().size()));
            case INT -> Integer.toString(random.nextInt(1000));
            case BOOL -> Boolean.toString(random.nextBoolean());
            case DATETIME -> now.minusSeconds(random.nextInt(86_400)).atOffset(ZoneOffset.ofHours(9)).toString();
            case STRING, TEXT -> field.multiple() ? "a.example\nb.example" : "value-" + random.nextInt(100);
            default -> SampleValues.of(field, now);
        };
    }

    private String text() {
        return random.nextInt(5) == 0 ? " " : "because " + random.nextInt(100);
    }
}
