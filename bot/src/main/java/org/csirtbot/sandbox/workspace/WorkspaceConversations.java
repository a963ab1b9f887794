package org.csirtbot.sandbox.workspace;

import static org.csirtbot.sandbox.workspace.SlackIds.BOT_USER_ID;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.channel;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.error;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.flag;
import static org.csirtbot.sandbox.workspace.WorkspaceJson.ok;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** conversations.* of {@link SlackWorkspace}; called with the state lock held. Errors per slack-facts.md §5. */
final class WorkspaceConversations {

    /** conversations.create: "must be 80 characters or less" (docs.slack.dev, slack-facts.md §5). */
    static final int MAX_NAME = 80;
    /** setTopic / setPurpose: 250 characters, else {@code too_long} (api-ref, slack-facts.md §4). */
    static final int MAX_TOPIC = 250;
    /** conversations.invite: at most 100 user ids per call (api-ref, slack-facts.md §4). */
    static final int MAX_INVITES = 100;

    private final WorkspaceState state;

    WorkspaceConversations(WorkspaceState state) {
        this.state = state;
    }

    ObjectNode create(Map<String, String> p) {
        String name = p.get("name");
        String invalid = nameError(name);
        if (invalid != null) {
            return error(invalid);
        }
        if (state.byName(name).isPresent()) {
            return error("name_taken"); // archived channels keep their name too
        }
        WorkspaceState.Conv c = state.addChannel(SlackIds.nextId("C"), name, flag(p.get("is_private")),
                BOT_USER_ID);
        return (ObjectNode) ok().set("channel", channel(c));
    }

    /** Lowercase (or uncased) letters, digits, '-' and '_', at most 80 code points; null when valid. */
    static String nameError(String name) {
        if (name == null || name.isEmpty()) {
            return "invalid_name_required";
        }
        boolean onlyPunctuation = true;
        for (int cp : name.codePoints().toArray()) {
            if (cp == '-' || cp == '_') {
                continue;
            }
            boolean lowerOrUncased = Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isTitleCase(cp);
            if (!lowerOrUncased && !Character.isDigit(cp)) {
                return "invalid_name_specials";
            }
            onlyPunctuation = false;
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            return "invalid_name_maxlength";
        }
        return onlyPunctuation ? "invalid_name_punctuation" : null;
    }

    ObjectNode invite(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        ObjectNode refused = refuseChange(c);
        if (refused != null) {
            return refused;
        }
        List<String> users = p.getOrDefault("users", "").isBlank() ? List.of()
                : List.of(p.get("users").split(",")).stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
        if (users.isEmpty()) {
            return error("no_user");
        }
        if (users.size() > MAX_INVITES) {
            return error("too_many_users");
        }
        Map<String, String> failures = new LinkedHashMap<>();
        List<String> toAdd = new ArrayList<>();
        for (String user : users) {
            if (user.equals(BOT_USER_ID)) {
                failures.put(user, "cant_invite_self");
            } else if (!WorkspaceState.isUserId(user)) {
                failures.put(user, "user_not_found");
            } else if (c.members.contains(user)) {
                failures.put(user, "already_in_channel");
            } else if (!toAdd.contains(user)) {
                toAdd.add(user);
            }
        }
        boolean hardFailure = failures.values().stream().anyMatch(e -> !e.equals("already_in_channel"));
        boolean force = flag(p.get("force"));
        if (hardFailure && !force) {
            return inviteErrors(failures); // nobody is added
        }
        c.members.addAll(toAdd);
        if (failures.isEmpty() || force) {
            ObjectNode body = (ObjectNode) ok().set("channel", channel(c));
            return failures.isEmpty() ? body : (ObjectNode) body.set("errors", inviteErrors(failures).get("errors"));
        }
        return inviteErrors(failures); // only already_in_channel: the others were added
    }

    private static ObjectNode inviteErrors(Map<String, String> failures) {
        ObjectNode body = error(failures.values().iterator().next());
        ArrayNode errors = body.putArray("errors");
        failures.forEach((user, e) -> errors.addObject().put("user", user).put("ok", false).put("error", e));
        return body;
    }

    ObjectNode setTopic(Map<String, String> p) {
        return setText(p, "topic");
    }

    ObjectNode setPurpose(Map<String, String> p) {
        return setText(p, "purpose");
    }

    private ObjectNode setText(Map<String, String> p, String field) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        ObjectNode refused = refuseChange(c);
        if (refused != null) {
            return refused;
        }
        String value = p.get(field);
        if (value == null) {
            return WorkspaceJson.invalidArguments(List.of("[ERROR] missing required field: " + field));
        }
        if (value.codePointCount(0, value.length()) > MAX_TOPIC) {
            return error("too_long");
        }
        long now = System.currentTimeMillis() / 1000;
        if (field.equals("topic")) {
            c.topic = value;
            c.topicSet = now;
        } else {
            c.purpose = value;
            c.purposeSet = now;
        }
        return (ObjectNode) ok().set("channel", channel(c));
    }

    ObjectNode archive(Map<String, String> p) {
        WorkspaceState.Conv c = state.conv(p.get("channel")).orElse(null);
        if (c != null && c.archived) {
            return error("already_archived");
        }
        ObjectNode refused = refuseChange(c);
        if (refused != null) {
            return refused;
        }
        c.archived = true;
        return ok();
    }

    /** channel_not_found / method_not_supported_for_channel_type / is_archived, or null when the channel may change. */
    private static ObjectNode refuseChange(WorkspaceState.Conv c) {
        if (c == null) {
            return error("channel_not_found");
        }
        if (c.isIm()) {
            return error("method_not_supported_for_channel_type");
        }
        return c.archived ? error("is_archived") : null;
    }

    /** conversations.open with one user: the bot's DM with them (opened when new). */
    ObjectNode open(Map<String, String> p) {
        String users = p.get("users");
        if (users == null || users.isBlank() || users.contains(",")) {
            return error(users == null || users.isBlank() ? "users_list_not_supplied" : "not_supported");
        }
        return (ObjectNode) ok().set("channel", channel(state.dm(users.strip())));
    }

    ObjectNode info(Map<String, String> p) {
        return state.conv(p.get("channel")).map(c -> (ObjectNode) ok().set("channel", channel(c)))
                .orElseGet(() -> error("channel_not_found"));
    }
}
