package org.csirtbot.sandbox.workspace;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a test steers in a {@link SlackWorkspace} besides its state: answers scripted per method (errors, 429s,
 * docs samples, delays) and seeded faults. Plain Java, like the rest of the model.
 */
public abstract class ScriptedSlack {

    /** users.info locale (with include_locale=true) unless {@link SlackWorkspace#givenUserLocale} says otherwise. */
    public static final String DEFAULT_LOCALE = "en-US";
    /** Members returned by usergroups.users.list unless {@link SlackWorkspace#givenUsergroupUsers} says otherwise. */
    public static final List<String> DEFAULT_USERGROUP_USERS = List.of("U0KIT0001", "U0KIT0002");
    /** The methods faults apply to unless {@link #faultyMethods} says otherwise: those that change the workspace. */
    public static final Set<String> SIDE_EFFECT_METHODS = WorkspaceFaults.SIDE_EFFECT_METHODS;

    /** Switches read by the handlers. */
    static final class Options {
        volatile boolean validateBlocks = true;
    }

    final WorkspaceState state = new WorkspaceState();
    final WorkspaceFaults faults = new WorkspaceFaults();
    final WorkspaceScript script = new WorkspaceScript();
    final Options options = new Options();

    // ---- scripted answers -------------------------------------------------------------------------------------

    /** Every call to the method answers HTTP 200 {@code {"ok":false,"error":"<error>"}}; nothing changes. */
    public void givenError(String method, String error) {
        write(() -> script.always(method, SlackAnswer.json(WorkspaceJson.error(error))));
    }

    /** The next call to the method answers the error; later calls fall back. Several calls queue up in order. */
    public void givenErrorOnce(String method, String error) {
        write(() -> script.once(method, SlackAnswer.json(WorkspaceJson.error(error))));
    }

    /** Every call to the method answers a sample under {@code slack-samples/web-api/} (.json: HTTP 200; .http: as written). */
    public void givenSample(String method, String sampleFile) {
        String path = "web-api/" + sampleFile;
        SlackAnswer answer = sampleFile.endsWith(".http") ? SlackAnswer.sample(SlackSamples.http(path))
                : SlackAnswer.json(200, SlackSamples.text(path));
        write(() -> script.always(method, answer));
    }

    /** Every call to the method answers a docs error sample, e.g. {@code ("conversations.create", "conversations.create.error.json")}. */
    public void givenSampleError(String method, String sampleFile) {
        givenSample(method, sampleFile);
    }

    /** Every call to the method answers 429 with this {@code Retry-After}, as errors/ratelimited_429.http. */
    public void givenRateLimited(String method, int retryAfterSeconds) {
        write(() -> script.always(method, SlackAnswer.rateLimited(retryAfterSeconds)));
    }

    /** The next call to the method answers 429 (see {@link #givenRateLimited}); later calls fall back. */
    public void givenRateLimitedOnce(String method, int retryAfterSeconds) {
        write(() -> script.once(method, SlackAnswer.rateLimited(retryAfterSeconds)));
    }

    /** Every answer of the method (whatever it is) comes this many milliseconds later; the effect happens at once. */
    public void givenDelay(String method, int millis) {
        write(() -> script.delay(method, Duration.ofMillis(millis)));
    }

    /** Every Web API call (every method) is answered this many milliseconds late; the effect happens at once. */
    public void givenEveryCallTakes(int millis) {
        write(() -> script.delayEveryCall(millis == 0 ? null : Duration.ofMillis(millis)));
    }

    // ---- faults -----------------------------------------------------------------------------------------------

    /**
     * From now on each request to a faulty method ({@link #SIDE_EFFECT_METHODS} unless {@link #faultyMethods})
     * gets a fault with probability {@code rate}, the kind drawn uniformly from {@code kinds}, both from a
     * {@code new Random(seed)}. The same seed and the same request order give the same faults.
     */
    public void injectFaults(double rate, long seed, SlackWorkspace.Fault... kinds) {
        write(() -> faults.inject(rate, seed, kinds));
    }

    /** The methods faults apply to; {@code "*"} means every method (auth.test, reads, views.* included). */
    public void faultyMethods(String... methods) {
        write(() -> faults.methods(methods));
    }

    /** How long {@link SlackWorkspace.Fault#SLOW} delays an answer (default 6 s: past a short SDK read timeout, not the 10 s default). */
    public void slowDelay(Duration delay) {
        write(() -> faults.slowDelay(delay));
    }

    /** No more faults; the counts of {@link #injected()} stay. */
    public void stopFaults() {
        write(faults::stop);
    }

    /** How many faults of each kind were injected since start or reset (kinds never injected absent). */
    public Map<SlackWorkspace.Fault, Integer> injected() {
        return read(faults::injected);
    }

    /** How many faults of this kind were injected. */
    public int injected(SlackWorkspace.Fault kind) {
        return injected().getOrDefault(kind, 0);
    }

    /**
     * Several reads as one consistent view: no change lands between them (the lock is re-entrant, so the reads the
     * reader makes hold it already).
     */
    public <T> T consistently(Supplier<T> reader) {
        return read(reader);
    }

    /** users.profile.get for this user answers this custom field's value. */
    public void givenProfileField(String userId, String fieldId, String value) {
        write(() -> state.profileFields.computeIfAbsent(userId, u -> new java.util.LinkedHashMap<>()).put(fieldId, value));
    }

    /** Runs the reader holding the state's lock. */
    protected <T> T read(Supplier<T> reader) {
        synchronized (state) {
            return reader.get();
        }
    }

    /** Runs the writer holding the state's lock (re-entrant). */
    protected void write(Runnable writer) {
        synchronized (state) {
            writer.run();
        }
    }
}
