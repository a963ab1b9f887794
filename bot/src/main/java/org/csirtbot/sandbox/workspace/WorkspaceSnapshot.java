package org.csirtbot.sandbox.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The final Slack state of a run, independent of generated ids and timestamps, so that a faulty run can be
 * compared with a clean one: {@code assertThat(faulty.snapshot()).isEqualTo(clean.snapshot())}.
 * <p>
 * Conversations are keyed by name (a DM by {@code @<user id>}). Wherever a fake-generated conversation id or
 * message ts appears inside a text, blocks or metadata, it is replaced by {@code {channel:<name>}} or
 * {@code {ts:<name>/<index of the message in that conversation>}}. Ephemeral messages and views are not part of
 * the snapshot.
 *
 * @param channels every conversation by name, sorted
 */
public record WorkspaceSnapshot(SortedMap<String, ChannelState> channels) {

    /**
     * One conversation.
     *
     * @param members  user ids, sorted (the bot included)
     * @param messages messages in posting order, thread replies included
     * @param pinned   texts of the pinned messages, in pinning order
     */
    public record ChannelState(boolean isPrivate, boolean archived, List<String> members, String topic,
                               String purpose, List<MessageState> messages, List<String> pinned) {
    }

    /**
     * One message.
     *
     * @param blocks   the blocks array (ids replaced), or null
     * @param metadata the message metadata (ids replaced), or null
     * @param thread   {@code {ts:<name>/<index>}} of the parent for a thread reply, else null
     * @param edited   whether {@code chat.update} changed it
     */
    public record MessageState(String text, JsonNode blocks, JsonNode metadata, String thread, boolean edited) {
    }

    /** Builds the snapshot from immutable copies of the state. */
    static WorkspaceSnapshot of(List<WorkspaceModel.Channel> channels,
                                Map<String, List<WorkspaceModel.Message>> messagesById,
                                Map<String, List<String>> pinnedTsById) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (WorkspaceModel.Channel c : channels) {
            placeholders.put(c.id(), "{channel:" + c.name() + "}");
            List<WorkspaceModel.Message> messages = messagesById.getOrDefault(c.id(), List.of());
            for (int i = 0; i < messages.size(); i++) {
                placeholders.put(messages.get(i).ts(), "{ts:" + c.name() + "/" + i + "}");
            }
        }
        List<String> keys = new ArrayList<>(placeholders.keySet());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        Normalizer normalizer = new Normalizer(placeholders, keys);

        SortedMap<String, ChannelState> result = new TreeMap<>();
        for (WorkspaceModel.Channel c : channels) {
            List<WorkspaceModel.Message> messages = messagesById.getOrDefault(c.id(), List.of());
            List<MessageState> states = new ArrayList<>();
            Map<String, String> textByTs = new LinkedHashMap<>();
            for (WorkspaceModel.Message m : messages) {
                String text = normalizer.text(m.text());
                textByTs.put(m.ts(), text);
                states.add(new MessageState(text, normalizer.json(m.blocks()), normalizer.json(m.metadata()),
                        m.threadTs() == null ? null : normalizer.text(m.threadTs()), m.edited()));
            }
            List<String> pinned = pinnedTsById.getOrDefault(c.id(), List.of()).stream().map(textByTs::get).toList();
            List<String> members = c.members().stream().sorted().toList();
            result.put(c.name(), new ChannelState(c.isPrivate(), c.archived(), members, normalizer.text(c.topic()),
                    normalizer.text(c.purpose()), List.copyOf(states), pinned));
        }
        return new WorkspaceSnapshot(result);
    }

    /** Replaces generated ids/ts by placeholders, longest first so that no id eats part of a longer one. */
    private record Normalizer(Map<String, String> placeholders, List<String> keys) {

        String text(String text) {
            if (text == null) {
                return null;
            }
            String out = text;
            for (String key : keys) {
                out = out.replace(key, placeholders.get(key));
            }
            return out;
        }

        JsonNode json(JsonNode node) {
            if (node == null) {
                return null;
            }
            try {
                return SlackSamples.MAPPER.readTree(text(SlackSamples.MAPPER.writeValueAsString(node)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
