package org.csirtbot.sandbox.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Slack workspace as plain Java, without any server: its state (channels, members, messages, threads, pins,
 * views, users, user groups), Slack's rules and limits, scripted answers, seeded faults and the journal of calls.
 * {@link #answer} answers one Web API request; the tests' fake Slack serves it over WireMock, and the sandbox
 * serves the same model to the bot. Thread-safe: every access holds the state's monitor.
 */
public class SlackWorkspace extends ScriptedSlack {

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

    private final SlackRules rules = new SlackRules();
    private final WorkspaceRouter router = new WorkspaceRouter(state, faults, script, options, rules);
    private final WorkspaceThreads threads = new WorkspaceThreads(state);

    /** The answer to {@code POST /api/<method>} with these form params and Authorization header (or null). */
    public SlackAnswer answer(String method, Map<String, String> params, String authorization) {
        return router.answer(method, params, authorization);
    }

    /** Records a call answered outside the model (a test's own stub), so that the journal stays complete. */
    public void record(String method, Map<String, String> params) {
        router.record(method, params);
    }

    /** Decodes an application/x-www-form-urlencoded body (UTF-8); a repeated key keeps its first value. */
    public static Map<String, String> decodeForm(String body) {
        return WorkspaceJson.decodeForm(body);
    }

    /** Back to an empty workspace: no channels, messages, views, calls, given users, scripted answers or faults. */
    protected void clear() {
        synchronized (state) {
            String socketModeUrl = state.socketModeUrl;
            state.clear();
            state.socketModeUrl = socketModeUrl;
            faults.reset();
            script.clear();
            options.validateBlocks = true;
        }
        rules.forgetRefusals();
    }

    /** Slack's rate tiers and trigger expiry, as this workspace applies them, and what they refused. */
    public SlackRules rules() {
        return rules;
    }

    // ---- given ------------------------------------------------------------------------------------------------

    /** users.info for this user reports this locale (when called with include_locale=true, as real Slack). */
    public void givenUserLocale(String userId, String locale) {
        write(() -> state.locales.put(userId, locale));
    }

    /** users.info for this user answers this name (as name, real_name and display_name). */
    public void givenUserName(String userId, String name) {
        write(() -> state.names.put(userId, name));
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
        return new GivenMessages(this, threads);
    }

    /** The forms on people's screens, as the app's answers to their submissions change them. */
    public Screens screens() {
        return new Screens(this);
    }

    /** apps.connections.open returns this WebSocket URL (default: the fake's own port). */
    public void givenSocketModeUrl(String wsUrl) {
        write(() -> state.socketModeUrl = wsUrl);
    }

    /** Whether message blocks and views are checked with {@link BlockKitLimits} (default true). */
    public void validateBlocks(boolean validate) {
        options.validateBlocks = validate;
    }

    // ---- inspection -------------------------------------------------------------------------------------------

    /** Every request received (faulted, scripted and a test's own stubs included), in arrival order. */
    public List<WorkspaceModel.Call> calls() {
        return read(() -> List.copyOf(state.calls));
    }

    /** Forgets the journal of calls, keeping the workspace, scripted answers and faults. */
    protected void forgetCalls() {
        write(state.calls::clear);
    }

    /** The decoded form params of each request to a method, in arrival order (faulted ones included). */
    public List<Map<String, String>> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).map(WorkspaceModel.Call::params).toList();
    }

    /** How many requests a method received (faulted ones included). */
    public int count(String method) {
        return calls(method).size();
    }

    /** The channels (not DMs), in creation order. */
    public List<WorkspaceModel.Channel> channels() {
        return conversations().stream().filter(c -> !c.isIm()).toList();
    }

    /** Channels and the bot's DMs, in creation order. */
    public List<WorkspaceModel.Channel> conversations() {
        return read(() -> state.convs.values().stream().map(WorkspaceState.Conv::copy).toList());
    }

    /** The conversation with this id. */
    public Optional<WorkspaceModel.Channel> channel(String id) {
        return read(() -> state.conv(id).map(WorkspaceState.Conv::copy));
    }

    /** The channel with this name (archived or not). */
    public Optional<WorkspaceModel.Channel> channelByName(String name) {
        return read(() -> state.byName(name).map(WorkspaceState.Conv::copy));
    }

    /** The bot's DM with a user, once a message was posted to the user's id. */
    public Optional<WorkspaceModel.Channel> dm(String userId) {
        return read(() -> state.conv(state.dmByUser.get(userId)).map(WorkspaceState.Conv::copy));
    }

    /** The messages of a conversation in posting order, thread replies included; empty when unknown. */
    public List<WorkspaceModel.Message> messages(String channelId) {
        return read(() -> state.messages(channelId));
    }

    /** The pinned messages of a conversation, in pinning order. */
    public List<WorkspaceModel.Message> pins(String channelId) {
        return read(() -> state.pinned(channelId));
    }

    /** The accepted chat.postEphemeral calls, in order. */
    public List<WorkspaceModel.Ephemeral> ephemerals() {
        return read(() -> state.ephemerals.stream().map(e -> new WorkspaceModel.Ephemeral(e.channel(), e.user(),
                e.text(), WorkspaceState.deep(e.blocks()), e.messageTs())).toList());
    }

    /** The views held (opened, pushed or updated), in order of opening. */
    public List<WorkspaceModel.View> views() {
        return read(() -> state.views.values().stream()
                .map(v -> new WorkspaceModel.View(v.id(), v.method(), v.view().deepCopy(), v.user())).toList());
    }

    /** The final state without generated ids and timestamps; see {@link WorkspaceSnapshot}. */
    public WorkspaceSnapshot snapshot() {
        return read(state::snapshot);
    }
}
