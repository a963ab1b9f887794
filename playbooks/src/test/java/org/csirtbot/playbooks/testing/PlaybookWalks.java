package org.csirtbot.playbooks.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Outcome;
import org.csirtbot.playbooks.engine.RunState;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.playbooks.model.StepType;
import org.csirtbot.playbooks.time.BusinessCalendar;

/**
 * Walks any playbook to its end through the {@link Engine}, as a team holding every role would: the first ready
 * step is worked each time, five minutes apart, waits last (they are ended only when nothing else is ready).
 * Decisions take the option {@link #choose chosen} for them (one per time the step comes up; once those are used
 * up, as if none was chosen), else on the way to a step {@link #walkTaking taken} one that leads there, else their
 * default option, else their first; approvals are given (or rejected when chosen "reject"); "skip" skips or waives
 * a step. Required fields are filled with sample values unless {@link #with given} (on the way to a step taken,
 * enum fields with values that make its {@code when} hold). Any refusal, or no end after {@value #MAX_ACTIONS}
 * actions, fails the walk. One walk per instance: its choices are used up as it goes.
 */
public final class PlaybookWalks {

    /** Monday 2 June 2025, 10:00 in Tokyo: an ordinary business day. */
    public static final Instant MONDAY_MORNING = Instant.parse("2025-06-02T01:00:00Z");
    static final int MAX_ACTIONS = 400;
    private static final Set<String> INCIDENT_ROLES = Set.of("commander", "deputy", "scribe", "comms", "liaison", "approver",
            "legal", "privacy");

    private final Playbook playbook;
    private final Engine engine = new Engine(BusinessCalendar.japan(List.of()));
    private final Map<String, List<String>> choices = new HashMap<>();
    private final Map<String, Integer> used = new HashMap<>();
    private final Map<String, String> given = new LinkedHashMap<>();
    private final Actor team;
    private Instant now = MONDAY_MORNING;
    private Severity severity;
    private Steering steering;

    private PlaybookWalks(Playbook playbook) {
        this.playbook = playbook;
        this.team = new Actor("U-walker", Stream.concat(playbook.roles().keySet().stream(), INCIDENT_ROLES.stream())
                .collect(Collectors.toSet()));
    }

    public static PlaybookWalks of(Playbook playbook) {
        return new PlaybookWalks(playbook);
    }

    /** What to answer at {@code step}, one per time it comes up: option ids, "approve", "reject" or "skip". */
    public PlaybookWalks choose(String step, String... perRound) {
        choices.put(step, List.of(perRound));
        return this;
    }

    /** A value for an input or field, used wherever a step or the inputs ask for it. */
    public PlaybookWalks with(String key, String value) {
        given.put(key, value);
        return this;
    }

    public PlaybookWalks startingAt(Instant start, Severity initial) {
        this.now = start;
        this.severity = initial;
        return this;
    }

    /** Walks to the end and returns how; fails on a refusal or a walk that does not end. */
    public Walked walk() {
        return walkUntilReady(null);
    }

    /** Walks until {@code stopAt} is ready (or to the end), so a test can go on from there with the engine. */
    public Walked walkUntilReady(String stopAt) {
        List<Event> events = new ArrayList<>();
        List<String> path = new ArrayList<>();
        // as the bot does: the incident's severity given to the run
        Map<String, String> incident = severity == null ? Map.of() : Map.of("__incident_severity__", severity.name());
        RunState state = take(engine.start(playbook, severity, incident, now), events, null, path);
        if (!playbook.inputs().isEmpty()) {
            Action inputs = new Action.ProvideInputs(team, values(playbook.inputs(), state.values()));
            state = take(engine.apply(playbook, state, inputs, now), events, null, path);
        }
        while (!state.finished() && !(stopAt != null && state.ready().contains(stopAt))) {
            if (path.size() >= MAX_ACTIONS) {
                throw new AssertionError(playbook.id() + ": no end after " + MAX_ACTIONS + " actions; path " + path);
            }
            now = now.plus(Duration.ofMinutes(5));
            Step step = state.ready().stream().map(id -> playbook.step(id).orElseThrow())
                    .min(Comparator.comparing(s -> s.type() == StepType.WAIT)).orElseThrow();
            Move move = moveFor(step, state);
            state = take(engine.apply(playbook, state, move.action(), now), events, move, path);
        }
        return new Walked(state, events, path);
    }

    /**
     * Walks steering towards {@code step} and answering it with {@code option} the first time it comes up; fails
     * when it never came up (choose what leads there first), otherwise returns the finished walk.
     */
    public Walked walkTaking(String step, String option) {
        steering = new Steering(playbook, step);
        Walked walked = choose(step, option).walk();
        if (!walked.took(step, option)) {
            throw new AssertionError(playbook.id() + ": " + step + "=" + option + " never came up; path " + walked.path());
        }
        return walked;
    }

    private record Move(Action action, String taken) {
    }

    private Move moveFor(Step step, RunState state) {
        String id = step.id();
        if (steering != null && steering.target().equals(id)) {
            steering = null;
        }
        if ("skip".equals(peek(id))) {
            consume(id);
            return new Move(new Action.Skip(team, id, "skipped on a test walk"), id + "=skip");
        }
        boolean awaitsApproval = step.type() == StepType.APPROVAL || step.type() == StepType.NOTIFY
                && step.notification().requiresApprovalBy() != null && !state.steps().get(id).approved();
        if (step.type() == StepType.DECISION) {
            String option = consume(id);
            option = option != null || steering == null ? option : steering.option(step, state.values());
            option = option != null ? option
                    : step.decision().defaultOption() != null ? step.decision().defaultOption()
                    : step.decision().options().get(0).id();
            Map<String, String> chosen = new HashMap<>(state.values());
            if (step.decision().recordAs() != null) {
                chosen.put(step.decision().recordAs(), option);
            }
            return new Move(new Action.Choose(team, id, option, "chosen on a test walk", values(step.fields().toList(), chosen)),
                    id + "=" + option);
        } else if (awaitsApproval) {
            return "reject".equals(consume(id))
                    ? new Move(new Action.Reject(approver(state, id), id, "rejected on a test walk"), id + "=reject")
                    : new Move(new Action.Approve(approver(state, id), id, "approved on a test walk"), id + "=approve");
        }
        return new Move(new Action.Complete(team, id, values(step, state)), id);
    }

    /**
     * Someone other than the team that did the work (four eyes), and a different approver each time, so steps
     * needing several approvals get them.
     */
    private Actor approver(RunState state, String step) {
        int before = state.steps().get(step).approvals().size();
        return new Actor("U-approver-" + (before + 1), team.roles());
    }

    private RunState take(Outcome outcome, List<Event> events, Move move, List<String> path) {
        if (outcome.refused()) {
            throw new AssertionError(playbook.id() + ": " + (move == null ? "inputs" : move.action()) + " refused: "
                    + outcome.events() + "; path so far " + path);
        }
        events.addAll(outcome.events());
        if (move != null) {
            path.add(move.taken());
        }
        return outcome.state();
    }

    private String peek(String step) {
        List<String> list = choices.get(step);
        int round = used.getOrDefault(step, 0);
        return list == null || round >= list.size() ? null : list.get(round);
    }

    private String consume(String step) {
        String choice = peek(step);
        used.merge(step, 1, Integer::sum);
        return choice;
    }

    private Map<String, String> values(Step step, RunState state) {
        return values(step.fields().toList(), state.values());
    }

    /** Given values for every field that has one, samples for the required ones not yet set, steered if need be. */
    private Map<String, String> values(List<FieldDef> fields, Map<String, String> set) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDef field : fields) {
            if (field.required() && !set.containsKey(field.key())) {
                values.put(field.key(), SampleValues.of(field, now));
            }
        }
        if (steering != null) {
            steering.steer(fields, set, values);
        }
        fields.stream().filter(f -> given.containsKey(f.key())).forEach(f -> values.put(f.key(), given.get(f.key())));
        return values;
    }
}
