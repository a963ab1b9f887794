package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.SlackIds.APP_ID;
import static org.csirtbot.sandbox.workspace.SlackIds.BOT_ID;
import static org.csirtbot.sandbox.workspace.SlackIds.BOT_USER_ID;
import static org.csirtbot.sandbox.workspace.SlackIds.TEAM_ID;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.error;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.flag;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.ok;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** auth.test, users.info, usergroups.users.list and views.* of {@link SlackWorkspace}; called with the lock held. */
final class WorkspaceUsersAndViews {

    private final WorkspaceState state;
    private final SlackWorkspace.Options options;

    WorkspaceUsersAndViews(WorkspaceState state, SlackWorkspace.Options options) {
        this.state = state;
        this.options = options;
    }

    ObjectNode authTest(Map<String, String> p) {
        ObjectNode body = SlackSamples.object("web-api/auth.test.success_with_bot_token.json");
        return body.put("team_id", TEAM_ID).put("user_id", BOT_USER_ID).put("bot_id", BOT_ID)
                .put("is_enterprise_install", false);
    }

    /** The Socket Mode URL the bot connects to, as apps.connections.open answers it. */
    ObjectNode connectionsOpen(Map<String, String> p) {
        return ok().put("url", state.socketModeUrl);
    }

    /** Any well-formed user id exists; {@code locale} only with include_locale=true, as real Slack. */
    ObjectNode usersInfo(Map<String, String> p) {
        String user = p.get("user");
        if (!WorkspaceState.isUserId(user)) {
            return error("user_not_found");
        }
        ObjectNode body = SlackSamples.object("web-api/users.info.success.json");
        ObjectNode u = (ObjectNode) body.get("user");
        u.put("id", user).put("team_id", TEAM_ID).put("is_bot", user.equals(BOT_USER_ID));
        ((ObjectNode) u.get("profile")).put("team", TEAM_ID);
        String name = state.names.get(user);
        if (name != null) {
            u.put("name", name).put("real_name", name);
            ((ObjectNode) u.get("profile")).put("real_name", name).put("display_name", name);
        }
        if (flag(p.get("include_locale"))) {
            u.put("locale", state.locales.getOrDefault(user, SlackWorkspace.DEFAULT_LOCALE));
        }
        return body;
    }

    /** The user's profile with the custom fields given for them (users.profile.get); any well-formed user exists. */
    ObjectNode usersProfile(Map<String, String> p) {
        String user = p.get("user");
        if (!WorkspaceState.isUserId(user)) {
            return error("user_not_found");
        }
        ObjectNode body = ok();
        ObjectNode profile = body.putObject("profile");
        profile.put("real_name", state.names.getOrDefault(user, user));
        ObjectNode fields = profile.putObject("fields");
        state.profileFields.getOrDefault(user, Map.of())
                .forEach((id, value) -> fields.putObject(id).put("value", value).put("alt", ""));
        return body;
    }

    ObjectNode usergroupUsers(Map<String, String> p) {
        String group = p.get("usergroup");
        if (group == null || group.isBlank()) {
            return error("no_such_subteam");
        }
        ObjectNode body = ok();
        state.usergroups.getOrDefault(group, SlackWorkspace.DEFAULT_USERGROUP_USERS)
                .forEach(body.putArray("users")::add);
        return body;
    }

    ObjectNode viewsOpen(Map<String, String> p) {
        return openOrPush(p, "views.open");
    }

    ObjectNode viewsPush(Map<String, String> p) {
        return openOrPush(p, "views.push");
    }

    private ObjectNode openOrPush(Map<String, String> p, String method) {
        String trigger = p.get("trigger_id");
        if (trigger == null || trigger.isBlank()) {
            return WorkspaceJson.invalidArguments(List.of("invalid `trigger_id`")); // as views.open.error.json
        }
        Parsed view = view(p);
        if (view.error != null) {
            return view.error;
        }
        String id = SlackIds.nextId("V");
        state.views.put(id, new WorkspaceModel.View(id, method, view.json.deepCopy(), state.triggerUsers.get(trigger)));
        return viewResponse(method, id, view.json);
    }

    ObjectNode viewsUpdate(Map<String, String> p) {
        String id = p.get("view_id");
        if (id == null || id.isBlank()) {
            String external = p.get("external_id");
            id = state.views.values().stream()
                    .filter(v -> external != null && external.equals(v.view().path("external_id").asText(null)))
                    .map(WorkspaceModel.View::id).findFirst().orElse(null);
        }
        if (id == null || !state.views.containsKey(id)) {
            return error("not_found"); // as views.update.error.json
        }
        Parsed view = view(p);
        if (view.error != null) {
            return view.error;
        }
        String user = state.views.get(id).user();
        state.views.put(id, new WorkspaceModel.View(id, "views.update", view.json.deepCopy(), user));
        return viewResponse("views.update", id, view.json);
    }

    private record Parsed(JsonNode json, ObjectNode error) {
    }

    private Parsed view(Map<String, String> p) {
        JsonNode view;
        try {
            view = WorkspaceJson.parse(p.get("view"));
        } catch (IOException e) {
            view = null;
        }
        if (view == null || !view.isObject()) {
            return new Parsed(null, WorkspaceJson.invalidArguments(List.of("[ERROR] missing required field: view")));
        }
        List<String> problems = new ArrayList<>();
        if (view.path("type").asText("").isEmpty()) {
            problems.add("[ERROR] missing required field: type");
        }
        if ("modal".equals(view.path("type").asText()) && view.path("title").isMissingNode()) {
            problems.add("[ERROR] missing required field: title"); // as views.push.error.json
        }
        if (options.validateBlocks) {
            BlockKitLimits.checkView(view).forEach(v -> problems.add("[ERROR] " + v));
        }
        return problems.isEmpty() ? new Parsed(view, null) : new Parsed(null, WorkspaceJson.invalidArguments(problems));
    }

    /** The views.* sample with the submitted view's fields and a fresh hash. */
    private static ObjectNode viewResponse(String method, String id, JsonNode submitted) {
        ObjectNode body = SlackSamples.object("web-api/" + method + ".success.json");
        ObjectNode v = (ObjectNode) body.get("view");
        v.put("id", id).put("team_id", TEAM_ID).put("app_id", APP_ID).put("bot_id", BOT_ID).put("root_view_id", id)
                .put("hash", System.currentTimeMillis() / 1000 + "." + Long.toHexString(System.nanoTime()));
        for (String field : List.of("type", "private_metadata", "callback_id", "external_id")) {
            v.put(field, submitted.path(field).asText(""));
        }
        for (String field : List.of("title", "submit", "close")) {
            v.set(field, submitted.has(field) ? submitted.get(field).deepCopy() : null);
        }
        v.set("blocks", submitted.has("blocks") ? submitted.get("blocks").deepCopy() : v.arrayNode());
        v.put("clear_on_close", submitted.path("clear_on_close").asBoolean(false))
                .put("notify_on_close", submitted.path("notify_on_close").asBoolean(false));
        return body;
    }
}
