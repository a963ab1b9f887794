package org.csirtbot.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Slack workspace as plain Java, without any server: its state (channels, members, messages, threads, pins,
 * views, users, user groups), Slack's rules and limits, scripted answers, seeded faults and the journal of calls.
 * {@link #answer} answers one Web API request; {@link FakeSlackWorkspace} serves it over WireMock, and a sandbox
 * may serve the same model from anywhere else. Thread-safe: every access holds the state's monitor.
 */
public class SlackWorkspace {

    /** What an injected fault does to a request. */
    public enum Fault {
        /** HTTP 429, {@code Retry-After: 1}, {@code {"ok":false,"error":"ratelimited"}}; effect NOT applied. */
        RATE_LIMITED,
        /** HTTP 500 with an HTML body; effect NOT applied. */
        SERVER_ERROR_500,
        /** HTTP 503 with an HTML body; effect NOT applied. */
        SERVICE_UNAVAILABLE_503,
        /** Effect applied, then the normal answer is delayed by {@link #slowDelay(Duration)} (default 6 s). */
        SLOW,
        /** The connection is reset without an answer; effect applied or not, chosen by the seeded random. */
        CONNECTION_RESET,
        /** Effect applied, then HTTP 200 with the broken body {@code {"ok":tru}. */
        MALFORMED_JSON;

        /** Whether the caller cannot tell if the effect happened (it may have). */
        public boolean losesTheAnswer() {
            return this == SLOW || this == CONNECTION_RESET || this == MALFORMED_JSON;
        }
    }

    /** users.info locale (with include_locale=true) unless {@link #givenUserLocale} says otherwise. */
    public static final String DEFAULT_LOCALE = "en-US";
    /** Members returned by usergroups.users.list unless {@link #givenUsergroupUsers} says otherwise. */
    public static final List<String> DEFAULT_USERGROUP_USERS = List.of("U0KIT0001", "U0KIT0002");
    /** The methods faults apply to unless {@link #faultyMethods} says otherwise: those that change the workspace. */
    public static final Set<String> SIDE_EFFECT_METHODS = FakeSlackFaults.SIDE_EFFECT_METHODS;

    /** Switches read by the handlers. */
    static final class Options {
        volatile boolean validateBlocks = true;
    }

    final FakeSlackState state = new FakeSlackState();
    final FakeSlackFaults faults = new FakeSlackFaults();
    final FakeSlackScript script = new FakeSlackScript();
    final Options options = new Options();
    final FakeSlackRouter router = new FakeSlackRouter(state, faults, script, options);
    private final FakeSlackThreads threads = new FakeSlackThreads(state);

    /** The answer to {@code POST /api/<method>} with these form params and Authorization header (or null). */
    public SlackAnswer answer(String method, Map<String, String> params, String authorization) {
        return router.answer(method, params, authorization);
    }

    /** Back to an empty workspace: no channels, messages, views, calls, given users, scripted answers or faults. */
    void clear() {
        synchronized (state) {
            String socketModeUrl = state.socketModeUrl;
            state.clear();
            state.socketModeUrl = socketModeUrl;
            faults.reset();
            script.clear();
            options.validateBlocks = true;
        }
    }

    // ---- given ------------------------------------------------------------------------------------------------

    /** users.info for this user reports this locale (when called with include_locale=true, as real Slack). */
    public void givenUserLocale(String userId, String locale) {
        write(() -> state.locales.put(userId, locale));
    }

    /** usergroups.users.list for this usergroup id returns these user ids. */
    public void givenUsergroupUsers(String usergroupId, String... userIds) {
        write(() -> state.usergroups.put(usergroupId, List.of(userIds)));
    }

    /**
     * A channel that exists before the test (e.g. the triage channel), with the bot and these users as members;
     * created by {@code U0SOMEONE}, not the bot. Returns the id.
     */
    public String givenChannel(String id, String name, boolean isPrivate, String... members) {
        return read(() -> state.given(id, name, isPrivate, List.of(members)).id);
    }

    /** Every well-formed user id counts as a member of this channel, as everyone is in #general. */
    public void givenEveryoneIn(String channelId) {
        write(() -> state.conv(channelId).orElseThrow(() -> new IllegalArgumentException("no channel " + channelId))
                .everyone = true);
    }

    /** Messages people wrote, for conversations.history / conversations.replies / chat.getPermalink. */
    public GivenMessages messages() {
        return new GivenMessages();
    }

    /** Messages people wrote in the workspace; each call returns the message's permalink. */
    public final class GivenMessages {

        private GivenMessages() {
        }

        /** A message in a channel (known or not; an unknown one appears, the bot in it). */
        public String given(String channel, String ts, String user, String text) {
            return read(() -> threads.given(channel, ts, user, text));
        }

        /** A message the bot posted before the test, at a ts the test chose (it may be updated and pinned). */
        public void givenBotMessage(String channel, String ts, String text) {
            write(() -> threads.givenBotMessage(channel, ts, text));
        }

        /** A reply in the thread of {@code parentTs} (a parent by the same person appears when unknown). */
        public String givenReply(String channel, String ts, String parentTs, String user, String text) {
            return read(() -> threads.givenReply(channel, ts, parentTs, user, text));
        }
    }

    /** apps.connections.open returns this WebSocket URL (default: the fake's own port). */
    public void givenSocketModeUrl(String wsUrl) {
        write(() -> state.socketModeUrl = wsUrl);
    }

    /** Whether message blocks and views are checked with {@link BlockKitLimits} (default true). */
    public void validateBlocks(boolean validate) {
        options.validateBlocks = validate;
    }

    // ---- scripted answers -------------------------------------------------------------------------------------

    /** Every call to the method answers HTTP 200 {@code {"ok":false,"error":"<error>"}}; nothing changes. */
    public void givenError(String method, String error) {
        write(() -> script.always(method, SlackAnswer.json(FakeSlackJson.error(error))));
    }

    /** The next call to the method answers the error; later calls fall back. Several calls queue up in order. */
    public void givenErrorOnce(String method, String error) {
        write(() -> script.once(method, SlackAnswer.json(FakeSlackJson.error(error))));
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

    // ---- faults -----------------------------------------------------------------------------------------------

    /**
     * From now on each request to a faulty method ({@link #SIDE_EFFECT_METHODS} unless {@link #faultyMethods})
     * gets a fault with probability {@code rate}, the kind drawn uniformly from {@code kinds}, both from a
     * {@code new Random(seed)}. The same seed and the same request order give the same faults.
     */
    public void injectFaults(double rate, long seed, Fault... kinds) {
        write(() -> faults.inject(rate, seed, kinds));
    }

    /** The methods faults apply to; {@code "*"} means every method (auth.test, reads, views.* included). */
    public void faultyMethods(String... methods) {
        write(() -> faults.methods(methods));
    }

    /** How long {@link Fault#SLOW} delays an answer (default 6 s: past a short SDK read timeout, not the 10 s default). */
    public void slowDelay(Duration delay) {
        write(() -> faults.slowDelay(delay));
    }

    /** No more faults; the counts of {@link #injected()} stay. */
    public void stopFaults() {
        write(faults::stop);
    }

    /** How many faults of each kind were injected since start or reset (kinds never injected absent). */
    public Map<Fault, Integer> injected() {
        return read(faults::injected);
    }

    /** How many faults of this kind were injected. */
    public int injected(Fault kind) {
        return injected().getOrDefault(kind, 0);
    }

    // ---- inspection -------------------------------------------------------------------------------------------

    /** Every request received (faulted, scripted and a test's own stubs included), in arrival order. */
    public List<FakeSlackModel.Call> calls() {
        return read(() -> List.copyOf(state.calls));
    }

    /** The decoded form params of each request to a method, in arrival order (faulted ones included). */
    public List<Map<String, String>> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).map(FakeSlackModel.Call::params).toList();
    }

    /** How many requests a method received (faulted ones included). */
    public int count(String method) {
        return calls(method).size();
    }

    /** The channels (not DMs), in creation order. */
    public List<FakeSlackModel.Channel> channels() {
        return conversations().stream().filter(c -> !c.isIm()).toList();
    }

    /** Channels and the bot's DMs, in creation order. */
    public List<FakeSlackModel.Channel> conversations() {
        return read(() -> state.convs.values().stream().map(FakeSlackState.Conv::copy).toList());
    }

    /** The conversation with this id. */
    public Optional<FakeSlackModel.Channel> channel(String id) {
        return read(() -> state.conv(id).map(FakeSlackState.Conv::copy));
    }

    /** The channel with this name (archived or not). */
    public Optional<FakeSlackModel.Channel> channelByName(String name) {
        return read(() -> state.byName(name).map(FakeSlackState.Conv::copy));
    }

    /** The bot's DM with a user, once a message was posted to the user's id. */
    public Optional<FakeSlackModel.Channel> dm(String userId) {
        return read(() -> state.conv(state.dmByUser.get(userId)).map(FakeSlackState.Conv::copy));
    }

    /** The messages of a conversation in posting order, thread replies included; empty when unknown. */
    public List<FakeSlackModel.Message> messages(String channelId) {
        return read(() -> state.messages(channelId));
    }

    /** The pinned messages of a conversation, in pinning order. */
    public List<FakeSlackModel.Message> pins(String channelId) {
        return read(() -> state.pinned(channelId));
    }

    /** The accepted chat.postEphemeral calls, in order. */
    public List<FakeSlackModel.Ephemeral> ephemerals() {
        return read(() -> state.ephemerals.stream().map(e -> new FakeSlackModel.Ephemeral(e.channel(), e.user(),
                e.text(), FakeSlackState.deep(e.blocks()), e.messageTs())).toList());
    }

    /** The views held (opened, pushed or updated), in order of opening. */
    public List<FakeSlackModel.View> views() {
        return read(() -> state.views.values().stream()
                .map(v -> new FakeSlackModel.View(v.id(), v.method(), v.view().deepCopy())).toList());
    }

    /** The final state without generated ids and timestamps; see {@link FakeSlackSnapshot}. */
    public FakeSlackSnapshot snapshot() {
        return read(state::snapshot);
    }

    <T> T read(Supplier<T> reader) {
        synchronized (state) {
            return reader.get();
        }
    }

    void write(Runnable writer) {
        synchronized (state) {
            writer.run();
        }
    }
}
