package org.csirtbot.slack.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csirtbot.testkit.SignedSlackRequests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** One generated request: what it carried (for the failure message), what it may change, and what it broke. */
final class FuzzCase {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = SignedSlackRequests.FORM;
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"(…\\(\\d+ chars\\))?|\\d+");

    private final FuzzRun run;
    final String kind;
    final HostileText gen;
    final Map<String, String> input = new LinkedHashMap<>();
    /** Each broken invariant, and its shape (the text without its values) that groups it in the report. */
    final Map<String, String> broken = new LinkedHashMap<>();
    boolean signed = true;
    int newReports;
    int newIncidents;
    /** Forms the bot should open for it (-1: not checked). */
    int opens = -1;
    /** Private answers or forms the bot should give for a button click (-1: not checked). */
    int answers = -1;
    Supplier<SignedSlackRequests.Response> send;
    Consumer<SignedSlackRequests.Response> afterAck = ack -> { };
    /** Checks on the Web API calls a signed request made, once the bot's work for it is done. */
    Consumer<List<ServeEvent>> afterCalls = made -> { };
    /** What this request validly changed, for the summary. */
    final List<String> changes = new ArrayList<>();

    FuzzCase(FuzzRun run, String kind, HostileText gen) {
        this.run = run;
        this.kind = kind;
        this.gen = gen;
    }

    FuzzCase input(String field, String value) {
        input.put(field, value);
        if (field.startsWith("user")) {
            run.actingUsers.add(value);
        }
        return this;
    }

    /** A slash command form, signed; one in 25 is sent unsigned or wrongly signed instead. */
    void sendForm(String body) {
        sign(body);
    }

    /** An interactivity payload as Slack sends it (unpaired surrogates as JSON escapes), signed or not. */
    void sendInteraction(String payloadJson) {
        sign(SignedSlackRequests.interactionBody(HostileText.escapeUnpairedSurrogates(payloadJson)));
    }

    /** An Events API body as Slack sends it (unpaired surrogates as JSON escapes), signed or not. */
    void sendEvent(String json) {
        sign(SignedSlackRequests.JSON, HostileText.escapeUnpairedSurrogates(json));
    }

    private void sign(String body) {
        sign(FORM, body);
    }

    private void sign(String contentType, String body) {
        if (run.forgeSomeSignatures && gen.chance(0.04)) {
            signed = false;
            newReports = 0;
            newIncidents = 0;
            boolean wrong = gen.chance(0.5);
            input.put("signature", wrong ? "wrong secret" : "none");
            send = () -> wrong ? run.requests.wrongSignature(contentType, body) : run.requests.unsigned(contentType, body);
        } else {
            send = () -> run.requests.send(contentType, body, Map.of());
        }
    }

    void same(String field, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            fail("stored " + field + " must be " + HostileText.show(expected) + ", is " + HostileText.show(actual));
        }
    }

    void fail(String invariant) {
        fail(QUOTED.matcher(invariant).replaceAll("…"), invariant);
    }

    void fail(String shape, String invariant) {
        broken.putIfAbsent(invariant, shape);
    }

    /** The text as JSON (empty as {@code {}}); when it is not JSON, that is a broken invariant. */
    JsonNode json(String text) {
        try {
            return JSON.readTree(text == null || text.isEmpty() ? "{}" : text);
        } catch (JsonProcessingException e) {
            fail("not JSON: " + HostileText.show(text));
            return JSON.createObjectNode();
        }
    }

    String describe() {
        return input.entrySet().stream().map(e -> e.getKey() + "=" + HostileText.show(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
