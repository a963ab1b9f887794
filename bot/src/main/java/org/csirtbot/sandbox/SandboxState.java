package org.csirtbot.sandbox;

import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.sandbox.workspace.SlackWorkspace;
import org.csirtbot.sandbox.workspace.WorkspaceModel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@code GET /sandbox/api/state} answers: the whole workspace as the browser client shows it, with Slack's ids
 * and timestamps.
 * <pre>
 * {"team": {"id", "name", "domain"},
 *  "bot": {"userId", "botId", "appId"},
 *  "people": [{"id", "name", "roles": ["EMPLOYEE" | "RESPONDER" | "COMMANDER" | "LEGAL" | "EXECUTIVE", …]}],
 *  "channels": [{"id", "name", "isPrivate", "isIm", "dmUser" (a DM's person, else null), "archived",
 *                "members": [user id…], "topic", "purpose", "pins": [ts…],
 *                "messages": [{"ts", "user", "text", "blocks" (Block Kit array or null), "threadTs" (a reply's
 *                              parent, else null), "edited", "reactions": [{"name", "users": [user id…]}]}]}],
 *  "views": [{"id", "user" (whose screen, null when unknown), "method" (views.open/push/update, or response_action
 *             when the app's answer to a submission set it), "view"}],
 *  "ephemerals": [{"channel", "user", "text", "blocks", "messageTs"}]}
 * </pre>
 * Channels and DMs are in creation order; messages in posting order, thread replies included; views in order of
 * opening (a person's stack of forms: theirs, in that order), each as last set, closed ones gone (see
 * {@code SlackWorkspace.screens()}); ephemerals in the order posted. A person's DM with the bot is named {@code @<user id>}.
 */
final class SandboxState {

    private SandboxState() {
    }

    static ObjectNode of(SlackWorkspace workspace, ObjectMapper json) {
        ObjectNode state = json.createObjectNode();
        state.putObject("team").put("id", SlackIds.TEAM_ID).put("name", SlackIds.TEAM_NAME)
                .put("domain", SlackIds.TEAM_DOMAIN);
        state.putObject("bot").put("userId", SlackIds.BOT_USER_ID).put("botId", SlackIds.BOT_ID)
                .put("appId", SlackIds.APP_ID);
        ArrayNode people = state.putArray("people");
        SandboxPeople.PEOPLE.forEach(p -> {
            ObjectNode person = people.addObject().put("id", p.id()).put("name", p.name());
            p.roles().forEach(role -> person.withArray("roles").add(role.name()));
        });
        ArrayNode channels = state.putArray("channels");
        workspace.conversations().forEach(c -> channel(channels.addObject(), c, workspace));
        ArrayNode views = state.putArray("views");
        workspace.views().forEach(v -> views.addObject().put("id", v.id()).put("user", v.user())
                .put("method", v.method()).set("view", v.view()));
        ArrayNode ephemerals = state.putArray("ephemerals");
        workspace.ephemerals().forEach(e -> ephemerals.addObject().put("channel", e.channel()).put("user", e.user())
                .put("text", e.text()).put("messageTs", e.messageTs()).set("blocks", e.blocks()));
        return state;
    }

    private static void channel(ObjectNode out, WorkspaceModel.Channel c, SlackWorkspace workspace) {
        out.put("id", c.id()).put("name", c.name()).put("isPrivate", c.isPrivate()).put("isIm", c.isIm())
                .put("dmUser", c.dmUser()).put("archived", c.archived());
        c.members().forEach(out.putArray("members")::add);
        out.put("topic", c.topic()).put("purpose", c.purpose());
        ArrayNode pins = out.putArray("pins");
        workspace.pins(c.id()).forEach(m -> pins.add(m.ts()));
        ArrayNode messages = out.putArray("messages");
        for (WorkspaceModel.Message m : workspace.messages(c.id())) {
            ObjectNode message = messages.addObject().put("ts", m.ts()).put("user", m.user()).put("text", m.text());
            message.set("blocks", m.blocks());
            message.put("threadTs", m.threadTs()).put("edited", m.edited());
            ArrayNode reactions = message.putArray("reactions");
            m.reactions().forEach((name, users) -> {
                ArrayNode who = reactions.addObject().put("name", name).putArray("users");
                users.forEach(who::add);
            });
        }
    }
}
