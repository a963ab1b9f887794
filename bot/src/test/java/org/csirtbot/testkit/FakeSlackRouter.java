package org.csirtbot.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.csirtbot.testkit.FakeSlackWorkspace.Fault;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Routes every POST {@code /api/<method>} to Java code: records the call, draws a fault, applies the effect
 * (under the state lock) and turns the result into a WireMock response (status, body, delay or socket fault).
 */
final class FakeSlackRouter implements ResponseDefinitionTransformerV2 {

    private static final String JSON = "application/json; charset=utf-8";
    /** Retry-After of an injected 429, in seconds. */
    static final int RETRY_AFTER_SECONDS = 1;
    /** Body of an injected MALFORMED_JSON: a 200 cut off mid-value. */
    static final String MALFORMED_BODY = "{\"ok\":tru";

    private final FakeSlackState state;
    private final FakeSlackFaults faults;
    private final SlackRules rules;
    private final Map<String, Function<Map<String, String>, ObjectNode>> handlers = new LinkedHashMap<>();

    FakeSlackRouter(FakeSlackState state, FakeSlackFaults faults, FakeSlackWorkspace.Options options,
                    SlackRules rules) {
        this.state = state;
        this.faults = faults;
        this.rules = rules;
        FakeSlackConversations conversations = new FakeSlackConversations(state);
        FakeSlackChat chat = new FakeSlackChat(state, options);
        FakeSlackUsersAndViews other = new FakeSlackUsersAndViews(state, options);
        handlers.put("auth.test", other::authTest);
        handlers.put("users.info", other::usersInfo);
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
        handlers.put("conversations.list", conversations::list);
        handlers.put("conversations.history", chat::history);
        handlers.put("chat.postMessage", chat::postMessage);
        handlers.put("chat.update", chat::update);
        handlers.put("chat.postEphemeral", chat::postEphemeral);
        handlers.put("pins.add", chat::pinsAdd);
        handlers.put("pins.list", chat::pinsList);
    }

    @Override
    public String getName() {
        return "csirtbot-fake-slack-workspace";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        if (!path.startsWith("/api/")) {
            return event.getResponseDefinition();
        }
        String method = path.substring("/api/".length());
        Map<String, String> params = Collections.unmodifiableMap(SlackApiStub.decodeForm(request.getBodyAsString()));
        String authorization = request.containsHeader("Authorization") ? request.getHeader("Authorization") : null;
        SlackRules.Refusal refusal = rules.check(method, params);
        if (refusal != null) {
            var answer = json(refusal.status(), refusal.body());
            return (refusal.status() == 429 ? answer.withHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()))
                    : answer).build();
        }
        FakeSlackFaults.Decision decision;
        ObjectNode body = null;
        synchronized (state) {
            decision = faults.decide(method);
            state.calls.add(new FakeSlackModel.Call(method, params, decision == null ? null : decision.fault()));
            if (decision == null || decision.applyEffect()) {
                body = handle(method, params, authorization);
            }
        }
        return decision == null ? json(200, body.toString()).build() : fault(decision.fault(), body);
    }

    private ObjectNode handle(String method, Map<String, String> params, String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).trim() : params.get("token");
        if (token == null) {
            return FakeSlackJson.error("not_authed");
        }
        if (token.isEmpty() || token.equals("null")) {
            return FakeSlackJson.error("invalid_auth"); // the SDK sends "Bearer null" when it has no token
        }
        Function<Map<String, String>, ObjectNode> handler = handlers.get(method);
        if (handler == null) {
            return FakeSlackJson.error("unknown_method");
        }
        try {
            return handler.apply(params);
        } catch (RuntimeException e) { // a request the fake does not understand: say so instead of a bare 500
            return FakeSlackJson.error("fake_slack_cannot_handle").put("exception", e.toString());
        }
    }

    private ResponseDefinition fault(Fault fault, ObjectNode body) {
        return switch (fault) {
            case RATE_LIMITED -> json(429, "{\"ok\":false,\"error\":\"ratelimited\"}")
                    .withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)).build();
            case SERVER_ERROR_500 -> html(500, "Internal Server Error").build();
            case SERVICE_UNAVAILABLE_503 -> html(503, "Service Unavailable").build();
            case SLOW -> json(200, body.toString()).withFixedDelay((int) faults.slowDelay().toMillis()).build();
            case MALFORMED_JSON -> json(200, MALFORMED_BODY).build();
            case CONNECTION_RESET -> ResponseDefinitionBuilder.responseDefinition()
                    .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER).build();
        };
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withHeader("Content-Type", JSON)
                .withBody(body);
    }

    private static ResponseDefinitionBuilder html(int status, String reason) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><head><title>" + status + " " + reason + "</title></head><body><h1>" + reason
                        + "</h1></body></html>");
    }
}
