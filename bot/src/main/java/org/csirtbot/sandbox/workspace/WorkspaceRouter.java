package org.csirtbot.sandbox.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.csirtbot.sandbox.workspace.SlackWorkspace.Fault;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers one Web API request from the workspace model, in plain Java (no HTTP server here): checks the token,
 * asks the refusals (scripted answers) whether to refuse before the method is handled, draws a fault, applies
 * the method's effect under the state lock and records the call.
 */
final class WorkspaceRouter {

    /** Retry-After of an injected 429, in seconds. */
    static final int RETRY_AFTER_SECONDS = 1;
    /** Body of an injected MALFORMED_JSON: a 200 cut off mid-value. */
    static final String MALFORMED_BODY = "{\"ok\":tru";

    private final WorkspaceState state;
    private final WorkspaceFaults faults;
    private final WorkspaceScript script;
    private final SlackRules rules;
    private final Map<String, Function<Map<String, String>, ObjectNode>> handlers = new LinkedHashMap<>();

    WorkspaceRouter(WorkspaceState state, WorkspaceFaults faults, WorkspaceScript script,
                    SlackWorkspace.Options options, SlackRules rules) {
        this.state = state;
        this.faults = faults;
        this.script = script;
        this.rules = rules;
        WorkspaceConversations conversations = new WorkspaceConversations(state);
        WorkspaceChat chat = new WorkspaceChat(state, options);
        WorkspaceThreads threads = new WorkspaceThreads(state);
        WorkspaceListings listings = new WorkspaceListings(state);
        WorkspaceUsersAndViews other = new WorkspaceUsersAndViews(state, options);
        handlers.put("auth.test", other::authTest);
        handlers.put("apps.connections.open", other::connectionsOpen);
        handlers.put("users.info", other::usersInfo);
        handlers.put("users.profile.get", other::usersProfile);
        handlers.put("usergroups.users.list", other::usergroupUsers);
        handlers.put("views.open", other::viewsOpen);
        handlers.put("views.push", other::viewsPush);
        handlers.put("views.update", other::viewsUpdate);
        handlers.put("conversations.create", conversations::create);
        handlers.put("conversations.invite", conversations::invite);
        handlers.put("conversations.setTopic", conversations::setTopic);
        handlers.put("conversations.setPurpose", conversations::setPurpose);
        handlers.put("conversations.archive", conversations::archive);
        handlers.put("conversations.info", conversations::info);
        handlers.put("conversations.open", conversations::open);
        handlers.put("conversations.list", listings::list);
        handlers.put("conversations.history", listings::history);
        handlers.put("conversations.members", listings::members);
        handlers.put("conversations.replies", threads::replies);
        handlers.put("chat.getPermalink", threads::permalink);
        handlers.put("chat.postMessage", chat::postMessage);
        handlers.put("chat.update", chat::update);
        handlers.put("chat.postEphemeral", chat::postEphemeral);
        handlers.put("pins.add", chat::pinsAdd);
        handlers.put("pins.list", chat::pinsList);
        handlers.put("pins.remove", chat::pinsRemove);
    }

    /** The answer to {@code POST /api/<method>} with these form params and Authorization header (or null). */
    SlackAnswer answer(String method, Map<String, String> params, String authorization) {
        synchronized (state) {
            Optional<SlackAnswer> refused = refusal(method, params);
            if (refused.isPresent()) {
                state.calls.add(new WorkspaceModel.Call(method, params, null, false));
                return script.delayed(method, refused.get());
            }
            WorkspaceFaults.Decision decision = faults.decide(method);
            boolean apply = decision == null || decision.applyEffect();
            ObjectNode body = apply ? handle(method, params, authorization) : null;
            state.calls.add(new WorkspaceModel.Call(method, params, decision == null ? null : decision.fault(), apply));
            return script.delayed(method, decision == null ? SlackAnswer.json(body) : fault(decision.fault(), body));
        }
    }

    /**
     * Before the method is handled: whether a rule refuses this call (its answer then stands for the method's;
     * nothing changes). Rules such as rate tiers or trigger expiry join here, after the test's scripted answers.
     */
    private Optional<SlackAnswer> refusal(String method, Map<String, String> params) {
        return script.refuse(method).or(() -> Optional.ofNullable(rules.check(method, params)).map(WorkspaceRouter::answer));
    }

    private static SlackAnswer answer(SlackRules.Refusal refusal) {
        return refusal.status() == 429 ? SlackAnswer.rateLimited(refusal.retryAfterSeconds())
                : SlackAnswer.json(refusal.status(), refusal.body());
    }

    /** Records a call answered outside the model (a test's own WireMock stub), so the journal stays complete. */
    void record(String method, Map<String, String> params) {
        synchronized (state) {
            state.calls.add(new WorkspaceModel.Call(method, params, null, false));
        }
    }

    private ObjectNode handle(String method, Map<String, String> params, String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).trim() : params.get("token");
        if (token == null) {
            return WorkspaceJson.error("not_authed");
        }
        if (token.isEmpty() || token.equals("null")) {
            return WorkspaceJson.error("invalid_auth"); // the SDK sends "Bearer null" when it has no token
        }
        Function<Map<String, String>, ObjectNode> handler = handlers.get(method);
        if (handler == null) {
            return WorkspaceJson.error("unknown_method");
        }
        try {
            return handler.apply(params);
        } catch (RuntimeException e) { // a request the fake does not understand: say so instead of a bare 500
            return WorkspaceJson.error("fake_slack_cannot_handle").put("exception", e.toString());
        }
    }

    private SlackAnswer fault(Fault fault, ObjectNode body) {
        return switch (fault) {
            case RATE_LIMITED -> SlackAnswer.json(429, "{\"ok\":false,\"error\":\"ratelimited\"}")
                    .withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            case SERVER_ERROR_500 -> SlackAnswer.html(500, "Internal Server Error");
            case SERVICE_UNAVAILABLE_503 -> SlackAnswer.html(503, "Service Unavailable");
            case SLOW -> SlackAnswer.json(body).delayedBy(faults.slowDelay());
            case MALFORMED_JSON -> SlackAnswer.json(200, MALFORMED_BODY);
            case CONNECTION_RESET -> SlackAnswer.connectionReset();
        };
    }
}
