package org.csirtbot.sandbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Interactivity payloads as Slack sends them to the app (block_actions, view_submission, view_closed), in the
 * fields and order of Slack's own samples. Sent form-encoded as {@code payload=<json>}.
 */
public final class InteractionPayloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SandboxApp app;

    public InteractionPayloads(SandboxApp app) {
        this.app = app;
    }

    /**
     * A click (or a choice) on an element of a message.
     *
     * @param message the message as Slack sends it back ({@code type}, {@code user}, {@code ts}, {@code blocks}…)
     * @param action  the element acted on with its {@code block_id} and what was chosen; {@code action_ts} is added
     */
    public String blockActions(Named user, Named channel, JsonNode message, JsonNode action, String triggerId,
                               String responseUrl) {
        ObjectNode p = start("block_actions", user);
        p.putObject("container").put("type", "message").put("message_ts", message.path("ts").asText())
                .put("channel_id", channel.id()).put("is_ephemeral", false);
        p.put("trigger_id", triggerId);
        p.set("team", team());
        p.putNull("enterprise");
        p.put("is_enterprise_install", false);
        p.putObject("channel").put("id", channel.id()).put("name", channel.name());
        p.set("message", message);
        p.putObject("state").putObject("values");
        p.put("response_url", responseUrl);
        p.putArray("actions").add(stamped(action));
        return p.toString();
    }

    /** A click (or a choice) on an element of an open modal view; the view carries its current state. */
    public String blockActionsInView(Named user, JsonNode view, JsonNode action, String triggerId) {
        ObjectNode p = start("block_actions", user);
        p.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
        p.put("trigger_id", triggerId);
        p.set("team", team());
        p.putNull("enterprise");
        p.put("is_enterprise_install", false);
        p.set("view", view);
        p.putArray("actions").add(stamped(action));
        return p.toString();
    }

    /**
     * A submission of a modal view with the values of its inputs, {@code {block_id: {action_id: {type, value…}}}}.
     * The ids Slack adds to a view it shows (team, app, bot, root view, hash) are filled in when missing.
     */
    public String viewSubmission(Named user, JsonNode view, JsonNode stateValues, String triggerId) {
        ObjectNode p = start("view_submission", user);
        p.put("trigger_id", triggerId);
        ObjectNode submitted = shown(view);
        submitted.putObject("state").set("values", stateValues);
        p.set("view", submitted);
        p.putArray("response_urls");
        p.put("is_enterprise_install", false);
        p.putNull("enterprise");
        return p.toString();
    }

    /** The person closed (cancelled) a view the app asked to hear about ({@code notify_on_close}). */
    public String viewClosed(Named user, JsonNode view) {
        ObjectNode p = start("view_closed", user);
        p.set("view", shown(view));
        p.put("is_cleared", false);
        p.put("is_enterprise_install", false);
        p.putNull("enterprise");
        return p.toString();
    }

    private ObjectNode start(String type, Named user) {
        ObjectNode p = MAPPER.createObjectNode().put("type", type);
        if (!"block_actions".equals(type)) {
            p.set("team", team());
        }
        p.putObject("user").put("id", user.id()).put("username", user.name()).put("name", user.name())
                .put("team_id", app.teamId());
        return p.put("api_app_id", app.appId()).put("token", app.verificationToken());
    }

    private ObjectNode team() {
        return MAPPER.createObjectNode().put("id", app.teamId()).put("domain", app.teamDomain());
    }

    private ObjectNode shown(JsonNode view) {
        ObjectNode v = view.deepCopy();
        String id = v.path("id").asText();
        fill(v, "team_id", app.teamId());
        fill(v, "hash", SlackClock.epochSeconds() + "." + Long.toHexString(System.nanoTime() & 0xffffffL));
        fill(v, "root_view_id", id);
        fill(v, "app_id", app.appId());
        fill(v, "app_installed_team_id", app.teamId());
        fill(v, "bot_id", app.botId());
        return v;
    }

    private static void fill(ObjectNode node, String field, String value) {
        if (!node.hasNonNull(field) || node.path(field).asText().isEmpty()) {
            node.put(field, value);
        }
    }

    private static ObjectNode stamped(JsonNode action) {
        return ((ObjectNode) action.deepCopy()).put("action_ts", SlackClock.nextTs());
    }
}
