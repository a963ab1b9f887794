package org.csirtbot.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A stateful stand-in for the Slack Web API, for reliability tests: a WireMock server on 127.0.0.1 (dynamic port)
 * whose every POST {@code /api/<method>} is answered by Java code over a thread-safe workspace (channels,
 * members, messages, pins, views), with seeded fault injection.
 * <p>
 * Implemented methods: auth.test, users.info, usergroups.users.list, views.open/push/update,
 * conversations.create/invite/setTopic/setPurpose/archive/info/list/history, chat.postMessage/update/postEphemeral,
 * pins.add/list. Any other method answers {@code {"ok":false,"error":"unknown_method"}}. A request without a token
 * answers {@code not_authed}; {@code Bearer null} answers {@code invalid_auth}; any other token is accepted.
 * Message {@code blocks} and views are checked with {@link BlockKitLimits} ({@link #validateBlocks(boolean)}).
 */
public class FakeSlackWorkspace implements AutoCloseable {

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
        MALFORMED_JSON
    }

    /** users.info locale (with include_locale=true) unless {@link #givenUserLocale} says otherwise. */
    public static final String DEFAULT_LOCALE = SlackApiStub.DEFAULT_LOCALE;
    /** Members returned by usergroups.users.list unless {@link #givenUsergroupUsers} says otherwise. */
    public static final List<String> DEFAULT_USERGROUP_USERS = SlackApiStub.DEFAULT_USERGROUP_USERS;
    /** The methods faults apply to unless {@link #faultyMethods} says otherwise: those that change the workspace. */
    public static final Set<String> SIDE_EFFECT_METHODS = FakeSlackFaults.SIDE_EFFECT_METHODS;

    /** Switches read by the handlers. */
    static final class Options {
        volatile boolean validateBlocks = true;
    }

    private final FakeSlackState state = new FakeSlackState();
    private final FakeSlackFaults faults = new FakeSlackFaults();
    private final Options options = new Options();
    private final SlackRules rules = new SlackRules();
    private final WireMockServer server;

    /** Creates the workspace (not started). */
    public FakeSlackWorkspace() {
        server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .jettyStopTimeout(100L)
                .asynchronousResponseEnabled(true) // a SLOW answer waits on a scheduler, not on a Jetty thread
                .asynchronousResponseThreads(2)
                .extensions(new FakeSlackRouter(state, faults, options, rules))
                .notifier(new Slf4jNotifier(false)));
    }

    /** Starts the server; returns this. */
    public FakeSlackWorkspace start() {
        server.start();
        server.stubFor(post(urlPathMatching("/api/.+")).willReturn(aResponse().withStatus(200)));
        return this;
    }

    /** Stops the server (answers still delayed by {@link Fault#SLOW} are dropped). */
    public void stop() {
        server.stop();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>/api/}: give it to {@code SlackConfig#setMethodsEndpointUrlPrefix}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/api/";
    }

    /** Back to an empty workspace: no channels, messages, views, calls, given users or faults; counts cleared. */
    public void reset() {
        synchronized (state) {
            state.clear();
            faults.reset();
            options.validateBlocks = true;
        }
        rules.forgetRefusals();
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

    /** Whether message blocks and views are checked with {@link BlockKitLimits} (default true). */
    public void validateBlocks(boolean validate) {
        options.validateBlocks = validate;
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

    /** The methods faults apply to; {@code "*"} means every method (auth.test and reads included). */
    public void faultyMethods(String... methods) {
        write(() -> faults.methods(methods));
    }

    /** How long {@link Fault#SLOW} delays an answer (default 6 s: past a short SDK read timeout, not the 10 s default). */
    public void slowDelay(Duration delay) {
        write(() -> faults.slowDelay(delay));
    }

    /** No more faults; the counts of {@link #injected()} stay. */
    public void stopFaults() {
        write(() -> faults.stop());
    }

    /** How many faults of each kind were injected since start or {@link #reset()} (kinds never injected absent). */
    public Map<Fault, Integer> injected() {
        return read(() -> faults.injected());
    }

    /** How many faults of this kind were injected. */
    public int injected(Fault kind) {
        return injected().getOrDefault(kind, 0);
    }

    // ---- inspection -------------------------------------------------------------------------------------------

    /** Slack's rate tiers and trigger expiry, as this fake applies them, and what they refused. */
    public SlackRules rules() {
        return rules;
    }

    /** Every request received (faulted ones included), in arrival order. */
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

    private <T> T read(Supplier<T> reader) {
        synchronized (state) {
            return reader.get();
        }
    }

    private void write(Runnable writer) {
        synchronized (state) {
            writer.run();
        }
    }

    /** The final state without generated ids and timestamps; see {@link FakeSlackSnapshot}. */
    public FakeSlackSnapshot snapshot() {
        return read(state::snapshot);
    }
}
