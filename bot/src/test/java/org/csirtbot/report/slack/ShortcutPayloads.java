package org.csirtbot.report.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.csirtbot.sandbox.workspace.SlackSamples;
import org.csirtbot.testkit.SlackPayloads;
import org.csirtbot.testkit.SlackTestIds;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shortcut payloads Slack sends, from the real ones in {@code src/test/resources/slack/shortcuts/} (see its
 * README), with the test workspace's callback IDs, a fresh trigger and the message the test gave the fake Slack.
 */
final class ShortcutPayloads {

    private ShortcutPayloads() {
    }

    /** {@code message_action}: {@code user} chose "Report to CSIRT" on the message {@code ts} of {@code channel}. */
    static String messageShortcut(String user, String channel, String ts, String author, String text) {
        ObjectNode payload = sample("java-slack-sdk_message_action_payload.json");
        payload.put("callback_id", ReportShortcuts.MESSAGE).put("trigger_id", SlackPayloads.newTriggerId())
                .put("message_ts", ts);
        ((ObjectNode) payload.get("team")).put("id", SlackTestIds.TEAM_ID).put("domain", SlackTestIds.TEAM_DOMAIN);
        ((ObjectNode) payload.get("user")).put("id", user).put("name", "user-" + user.toLowerCase());
        ((ObjectNode) payload.get("channel")).put("id", channel);
        ObjectNode message = (ObjectNode) payload.get("message");
        message.put("user", author).put("ts", ts).put("text", text).put("team", SlackTestIds.TEAM_ID);
        message.remove("blocks"); // the sample's rich text says "<@U234> test"; the text is what the bot reads
        return payload.toString();
    }

    /** {@code shortcut}: {@code user} chose the global "Report to CSIRT". */
    static String globalShortcut(String user) {
        ObjectNode payload = sample("java-slack-sdk_global_shortcut_payload.json");
        payload.put("callback_id", ReportShortcuts.GLOBAL).put("trigger_id", SlackPayloads.newTriggerId());
        ((ObjectNode) payload.get("team")).put("id", SlackTestIds.TEAM_ID).put("domain", SlackTestIds.TEAM_DOMAIN);
        ((ObjectNode) payload.get("user")).put("id", user).put("team_id", SlackTestIds.TEAM_ID);
        return payload.toString();
    }

    private static ObjectNode sample(String file) {
        try (InputStream in = ShortcutPayloads.class.getResourceAsStream("/slack/shortcuts/" + file)) {
            return (ObjectNode) SlackSamples.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
