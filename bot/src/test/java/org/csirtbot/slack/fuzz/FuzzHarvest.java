package org.csirtbot.slack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The forms and buttons the bot showed so far, learnt from its Web API calls: what the room barrages submit and
 * click, each with its real metadata and values, so a hostile input reaches the handler's own checks.
 */
final class FuzzHarvest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Kept per form and in all: the latest ones (a run's later steps replace its earlier ones). */
    private static final int KEEP_VIEWS = 12;
    private static final int KEEP_BUTTONS = 400;

    /** A button as posted: where its message is, and what a click on it sends. */
    record Button(String channel, String ts, String actionId, String value) {
    }

    final Map<String, List<JsonNode>> views = new LinkedHashMap<>();
    final List<Button> buttons = new ArrayList<>();

    void learn(List<ServeEvent> made) {
        for (ServeEvent event : made) {
            String url = event.getRequest().getUrl();
            if (!url.startsWith("/api/")) {
                continue;
            }
            String method = url.substring("/api/".length()).split("\\?")[0];
            Map<String, String> params = FakeSlackWorkspace.decodeForm(
                    new String(event.getRequest().getBody(), StandardCharsets.UTF_8));
            switch (method) {
                case "views.open", "views.push", "views.update" -> view(read(params.get("view")));
                case "chat.postMessage" -> buttons(params.get("channel"),
                        read(event.getResponse().getBodyAsString()).path("ts").asText(null), params.get("blocks"));
                case "chat.update" -> buttons(params.get("channel"), params.get("ts"), params.get("blocks"));
                default -> {
                    // nothing to click or submit
                }
            }
        }
    }

    private void view(JsonNode view) {
        String callback = view.path("callback_id").asText("");
        if (callback.isEmpty()) {
            return;
        }
        List<JsonNode> kept = views.computeIfAbsent(callback, k -> new ArrayList<>());
        kept.add(view);
        if (kept.size() > KEEP_VIEWS) {
            kept.remove(0);
        }
    }

    private void buttons(String channel, String ts, String blocks) {
        if (channel == null || ts == null || blocks == null) {
            return;
        }
        for (JsonNode element : read(blocks).findParents("action_id")) {
            if ("button".equals(element.path("type").asText())) {
                Button button = new Button(channel, ts, element.path("action_id").asText(),
                        element.path("value").asText(null));
                // a message updated again and again (a request's status) is one message: its latest buttons count
                buttons.removeIf(b -> b.channel().equals(channel) && b.ts().equals(ts)
                        && b.actionId().equals(button.actionId()));
                buttons.add(button);
            }
        }
        while (buttons.size() > KEEP_BUTTONS) {
            buttons.remove(0);
        }
    }

    private static JsonNode read(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
