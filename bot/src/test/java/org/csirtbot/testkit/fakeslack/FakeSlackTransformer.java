package org.csirtbot.testkit.fakeslack;

import java.util.Collections;
import java.util.Map;
import java.util.UUID;

import org.csirtbot.sandbox.workspace.SlackAnswer;
import org.csirtbot.sandbox.workspace.SlackWorkspace;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Serves the workspace model over WireMock: every {@code POST /api/<method>} that the catch-all stub matched is
 * answered by the model ({@link SlackWorkspace#answer}); a request a test's own stub matched is answered by that stub and only
 * recorded in the model's journal.
 */
final class FakeSlackTransformer implements ResponseDefinitionTransformerV2 {

    /** The id of the catch-all stub whose requests the model answers. */
    static final UUID CATCH_ALL = UUID.nameUUIDFromBytes("csirtbot-fake-slack:/api/".getBytes());

    private final SlackWorkspace workspace;

    FakeSlackTransformer(SlackWorkspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String getName() {
        return "csirtbot-fake-slack-workspace";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        if (!path.startsWith("/api/") || event.getStubMapping() == null) {
            return event.getResponseDefinition();
        }
        String method = path.substring("/api/".length());
        Map<String, String> params = Collections.unmodifiableMap(SlackWorkspace.decodeForm(request.getBodyAsString()));
        if (!CATCH_ALL.equals(event.getStubMapping().getId())) {
            workspace.record(method, params);
            return event.getResponseDefinition();
        }
        String authorization = request.containsHeader("Authorization") ? request.getHeader("Authorization") : null;
        return http(workspace.answer(method, params, authorization));
    }

    private static ResponseDefinition http(SlackAnswer answer) {
        if (answer.resetConnection()) {
            return ResponseDefinitionBuilder.responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
        }
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status())
                .withHeader("Content-Type", answer.contentType()).withBody(answer.body());
        answer.headers().forEach(b::withHeader);
        if (!answer.delay().isZero()) {
            b.withFixedDelay((int) answer.delay().toMillis());
        }
        return b.build();
    }
}
