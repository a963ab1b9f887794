package org.csirtbot.sandbox.web;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workspace as one person sees it, served to the browser client as JSON.
 *
 * @param me            the person's user id
 * @param people        everyone to act as (and the bot), for the switcher and for names
 * @param conversations the channels the person may see and the person's direct messages
 * @param views         the person's open modal views, the one on top last; each as the app sent it, with its
 *                      {@code id} and {@code hash}
 */
public record PersonView(String me, List<Person> people, List<Conversation> conversations, List<JsonNode> views) {

    /** One person; {@code role} is what the seed says they are (employee, responder, commander, …, bot). */
    public record Person(String id, String name, String role) {
    }

    /** A channel or a direct message; {@code pinned} holds the ts of pinned messages in pinning order. */
    public record Conversation(String id, String name, boolean isPrivate, boolean isIm, String topic,
                               List<String> members, List<Message> messages, List<String> pinned) {
    }

    /**
     * One message, thread replies included ({@code threadTs} set and not equal to {@code ts}).
     *
     * @param blocks    the Block Kit blocks, or null
     * @param ephemeral shown only to this person (chat.postEphemeral)
     */
    public record Message(String ts, String threadTs, String user, String text, JsonNode blocks,
                          List<Reaction> reactions, boolean edited, boolean deleted, boolean ephemeral) {
    }

    /** A reaction and who added it. */
    public record Reaction(String name, List<String> users) {
    }

    /** The person with this id, or a stand-in named by the id. */
    public Person person(String userId) {
        return people.stream().filter(p -> p.id().equals(userId)).findFirst()
                .orElse(new Person(userId, userId, ""));
    }

    public Optional<Conversation> conversation(String channelId) {
        return conversations.stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    public Optional<Message> message(String channelId, String ts) {
        return conversation(channelId).flatMap(c -> c.messages().stream().filter(m -> m.ts().equals(ts)).findFirst());
    }

    public Optional<JsonNode> view(String viewId) {
        return views.stream().filter(v -> viewId.equals(v.path("id").asText())).findFirst();
    }
}
