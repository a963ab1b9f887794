package org.csirtbot.sandbox.workspace;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.csirtbot.sandbox.workspace.SlackWorkspace.Fault;

/** Which request gets which {@link Fault}: a seeded {@link Random} drawn once per request, under the state lock. */
final class WorkspaceFaults {

    /** The fault chosen for one request and, for {@link Fault#CONNECTION_RESET}, whether the effect happens first. */
    record Decision(Fault fault, boolean applyEffect) {
    }

    /** Methods that change the workspace (the default target of faults). */
    static final Set<String> SIDE_EFFECT_METHODS = Set.of(
            "conversations.create", "conversations.invite", "conversations.setTopic", "conversations.setPurpose",
            "conversations.archive", "chat.postMessage", "chat.update", "chat.postEphemeral", "pins.add", "pins.remove",
            "views.open", "views.update", "views.push");

    static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(6);

    private double rate;
    private Random random = new Random(0);
    private List<Fault> kinds = List.of();
    private Set<String> methods = SIDE_EFFECT_METHODS;
    private boolean allMethods;
    private volatile Duration slowDelay = DEFAULT_SLOW_DELAY; // read by the router after the lock
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);

    void inject(double rate, long seed, Fault... kinds) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
        }
        if (kinds.length == 0) {
            throw new IllegalArgumentException("name at least one Fault");
        }
        this.rate = rate;
        this.random = new Random(seed);
        this.kinds = List.of(kinds);
    }

    void stop() {
        rate = 0;
        kinds = List.of();
    }

    void methods(String... names) {
        allMethods = List.of(names).contains("*");
        methods = Set.of(names);
    }

    void slowDelay(Duration delay) {
        slowDelay = delay;
    }

    Duration slowDelay() {
        return slowDelay;
    }

    void reset() {
        stop();
        random = new Random(0);
        methods = SIDE_EFFECT_METHODS;
        allMethods = false;
        slowDelay = DEFAULT_SLOW_DELAY;
        injected.clear();
    }

    /** Null when the request is served normally. Draws from the seeded random only for targeted methods. */
    Decision decide(String method) {
        if (kinds.isEmpty() || !(allMethods || methods.contains(method))) {
            return null;
        }
        if (random.nextDouble() >= rate) {
            return null;
        }
        Fault fault = kinds.get(random.nextInt(kinds.size()));
        injected.merge(fault, 1, Integer::sum);
        boolean applyEffect = switch (fault) {
            case RATE_LIMITED, SERVER_ERROR_500, SERVICE_UNAVAILABLE_503 -> false;
            case SLOW, MALFORMED_JSON -> true;
            case CONNECTION_RESET -> random.nextBoolean();
        };
        return new Decision(fault, applyEffect);
    }

    Map<Fault, Integer> injected() {
        Map<Fault, Integer> copy = new EnumMap<>(Fault.class);
        copy.putAll(injected);
        return copy;
    }
}
