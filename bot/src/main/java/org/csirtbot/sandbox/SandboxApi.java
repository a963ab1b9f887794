package org.csirtbot.sandbox;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.csirtbot.sandbox.workspace.SlackAnswer;
import org.csirtbot.sandbox.workspace.SlackWorkspace;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The sandbox's workspace on the application's port: {@code POST /sandbox/api/<method>} answers as the Web API the
 * bot calls ({@link SandboxWebApiServer}: same workspace, same answers: status, headers such as {@code Retry-After},
 * body), and {@code GET /sandbox/api/state} shows the workspace (see {@link SandboxState}).
 */
@RestController
@RequestMapping("/sandbox/api")
@ConditionalOnProperty(name = SandboxMode.ENABLED, havingValue = "true")
class SandboxApi {

    private final SlackWorkspace workspace;
    private final ObjectMapper json;
    private final SandboxWebApi api;

    SandboxApi(SlackWorkspace workspace, ObjectMapper json) {
        this.workspace = workspace;
        this.json = json;
        this.api = new SandboxWebApi(workspace, json);
    }

    @PostMapping("/{method}")
    CompletableFuture<ResponseEntity<String>> call(@PathVariable String method, HttpServletRequest request,
            @RequestHeader(name = "Authorization", required = false) String authorization) throws IOException {
        SlackAnswer answer = api.answer(method, request.getContentType(), request.getInputStream().readAllBytes(),
                authorization);
        ResponseEntity<String> http = http(answer);
        return answer.delay().isZero() ? CompletableFuture.completedFuture(http) : CompletableFuture.supplyAsync(
                () -> http, CompletableFuture.delayedExecutor(answer.delay().toMillis(), TimeUnit.MILLISECONDS));
    }

    @GetMapping(path = "/state", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode state() {
        // one snapshot: the channels, their messages and pins, views and ephemerals as they were at one moment
        return workspace.consistently(() -> SandboxState.of(workspace, json));
    }

    /** A connection reset cannot be played from here: it answers 502 without a body instead. */
    private static ResponseEntity<String> http(SlackAnswer answer) {
        if (answer.resetConnection()) {
            return ResponseEntity.status(502).build();
        }
        ResponseEntity.BodyBuilder http = ResponseEntity.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()));
        answer.headers().forEach(http::header);
        return http.body(answer.body());
    }
}
