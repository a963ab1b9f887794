package org.csirtbot.slack.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.TestBot;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** Runs generated cases one by one, checking each request and every Web API call the bot made for it. */
final class FuzzBarrage {

    /** How many different broken invariants a failure lists (with the first case that broke each). */
    private static final int MAX_REPORTED = 25;

    private final FuzzRun run;
    private final FuzzSlackChecks checks;
    final String name;
    final HostileText gen;
    /** The first case that broke each invariant (told apart by its text without quoted values), and how often. */
    private final Map<String, String> byInvariant = new LinkedHashMap<>();
    private final Map<String, Integer> timesBroken = new HashMap<>();
    private final Set<UUID> seen = new HashSet<>();
    private final long started = System.nanoTime();
    private int cases;
    private int unsigned;
    /** Valid changes the barrage made: reports, incidents, dismissals, attachments. */
    private final Map<String, Integer> changes = new TreeMap<>();
    private int calls;
    private int failed;
    private final Map<String, Integer> statuses = new TreeMap<>();

    /** Documents stored before the next case (only requests store anything, so a count carries over). */
    private long reports;
    private long incidents;

    FuzzBarrage(FuzzRun run, String name, int stream) {
        this.run = run;
        this.checks = new FuzzSlackChecks(run.actingUsers);
        this.name = name;
        this.gen = new HostileText(run.seed * 31 + stream);
        run.slack.forgetRequests();
        run.drain();
        run.appLog.events.clear();
        reports = run.count("reports");
        incidents = run.count("incidents");
    }

    /**
     * Runs cases that must reach the bot (set-up, and inputs that once broke an invariant, sent whatever the
     * seed): none of them is sent unsigned.
     */
    @SafeVarargs
    final void signed(Supplier<FuzzCase>... cases) {
        run.forgeSomeSignatures = false;
        try {
            for (Supplier<FuzzCase> c : cases) {
                run(c.get());
            }
        } finally {
            run.forgeSomeSignatures = true;
        }
    }

    void run(FuzzCase c) {
        cases++;
        SignedSlackRequests.Response ack;
        try {
            ack = c.send.get();
        } catch (RuntimeException e) {
            c.fail("the request failed: " + e);
            record(c);
            return;
        }
        statuses.merge(String.valueOf(ack.status()), 1, Integer::sum);
        if (c.signed) {
            run.reached.merge(c.kind, 1, Integer::sum);
        }
        if (!c.signed) {
            unsigned++;
            if (ack.status() != 401) {
                c.fail("a request without a valid signature must get 401, got " + ack.status());
            }
        } else if (ack.status() >= 500 || ack.status() == 401) {
            c.fail("a signed request must get 200 or 4xx (not 401), got " + ack.status() + " "
                    + HostileText.show(ack.body()));
        }
        run.drain();
        List<ServeEvent> made = newCalls();
        calls += made.size();
        // users.info and users.profile.get are the bot learning an earlier sender's language and department in the
        // background: reads, not effects; the summaries of earlier requests' incidents follow them every 2 s, on their
        // own (room and executive channel)
        List<ServeEvent> effects = made.stream().filter(e -> !e.getRequest().getUrl().endsWith("/users.info"))
                .filter(e -> !e.getRequest().getUrl().endsWith("/users.profile.get"))
                .filter(e -> !FuzzBarrage.summaryFollowingEarlierChanges(e)).toList();
        if (!c.signed && !effects.isEmpty()) {
            c.fail("an unsigned request made the bot call Slack: " + effects.get(0).getRequest().getUrl());
        }
        made.forEach(call -> checks.checkCall(c, call));
        if (c.signed && ack.status() == 200) {
            checks.checkAck(c, ack);
            c.afterAck.accept(ack);
        }
        checks.checkExpectedAnswers(c, made);
        if (c.signed) {
            c.afterCalls.accept(made);
        }
        run.observer.accept(made);
        for (ILoggingEvent event; (event = run.appLog.events.poll()) != null; ) {
            IThrowableProxy t = event.getThrowableProxy();
            c.fail("the app logged " + event.getLevel() + " in " + event.getLoggerName()
                            + (t == null ? "" : " (" + t.getClassName() + ")"),
                    "the app logged " + event.getLevel() + " " + event.getLoggerName() + ": "
                            + event.getFormattedMessage() + throwable(t));
        }
        long reportsNow = run.count("reports");
        long incidentsNow = run.count("incidents");
        if (reportsNow - reports != c.newReports) {
            c.fail("must create " + c.newReports + " report(s), created " + (reportsNow - reports));
        }
        if (incidentsNow - incidents != c.newIncidents) {
            c.fail("must create " + c.newIncidents + " incident(s), created " + (incidentsNow - incidents));
        }
        reports = reportsNow;
        incidents = incidentsNow;
        if (c.signed && c.broken.isEmpty()) {
            c.changes.forEach(change -> changes.merge(change, 1, Integer::sum));
        }
        record(c);
        if (seen.size() > 400) {
            run.slack.forgetRequests();
            seen.clear();
        }
    }

    private void record(FuzzCase c) {
        if (c.broken.isEmpty()) {
            return;
        }
        failed++;
        String example = "seed " + run.seed + " (" + name + ") case #" + cases + " " + c.kind + "\n      input: "
                + c.describe() + "\n      broken: " + String.join("\n              ", c.broken.keySet());
        for (String shape : new LinkedHashSet<>(c.broken.values())) {
            if (!byInvariant.containsKey(shape) && byInvariant.size() < MAX_REPORTED) {
                byInvariant.put(shape, example);
            }
            timesBroken.merge(shape, 1, Integer::sum);
        }
    }

    private List<ServeEvent> newCalls() {
        List<ServeEvent> fresh = new ArrayList<>();
        for (ServeEvent event : run.slack.wireMock().getAllServeEvents()) {
            if (seen.add(event.getId())) {
                fresh.add(event);
            }
        }
        return fresh;
    }

    /** Prints the summary; fails listing each broken invariant once, and any change to the baseline. */
    void finish() {
        List<String> baselineChanges = run.baseline == null ? List.of() : run.baseline.changes();
        double seconds = (System.nanoTime() - started) / 1e9;
        long seed = run.seed;
        System.out.printf("%s (%s): %d requests (%d unsigned), answers %s, changes %s, %d Web API calls checked,"
                        + " %.1f s, seed %d%n", run.testName, name, cases,
                unsigned, statuses, changes, calls, seconds, seed);
        if (failed > 0 || !baselineChanges.isEmpty()) {
            StringBuilder message = new StringBuilder();
            message.append(failed).append(" of ").append(cases).append(" hostile requests broke an invariant (")
                    .append(name).append(", seed ").append(seed).append("; repeat with -Dcsirtbot.fuzz.seed=")
                    .append(seed).append(")");
            byInvariant.forEach((shape, example) -> message.append("\n  ").append(timesBroken.get(shape))
                    .append("× ").append(shape).append("\n    first: ").append(example));
            baselineChanges.forEach(b -> message.append("\n  baseline ").append(b));
            throw new AssertionError(message.toString());
        }
    }

    private static String throwable(IThrowableProxy t) {
        return t == null ? "" : " (" + t.getClassName() + ": " + t.getMessage() + ")";
    }

    /** A summary shown after changes gathered: a room's summary or topic, or anything in the executive channel. */
    static boolean summaryFollowingEarlierChanges(ServeEvent call) {
        String url = call.getRequest().getUrl();
        String body = call.getRequest().getBodyAsString();
        return url.endsWith("/chat.update") || url.endsWith("/conversations.setTopic")
                || body.contains("exec-summary") || body.contains(TestBot.EXEC_CHANNEL);
    }
}
