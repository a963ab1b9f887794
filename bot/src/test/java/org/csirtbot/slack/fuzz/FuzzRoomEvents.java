package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;
import static org.csirtbot.testkit.TimelineEventPayloads.messageChanged;
import static org.csirtbot.testkit.TimelineEventPayloads.messageDeleted;
import static org.csirtbot.testkit.TimelineEventPayloads.messageOfSubtype;
import static org.csirtbot.testkit.TimelineEventPayloads.messagePosted;
import static org.csirtbot.testkit.TimelineEventPayloads.reactionAdded;

import java.util.ArrayList;
import java.util.List;

import org.csirtbot.sandbox.workspace.SlackIds;

/**
 * Generated timeline events in and outside rooms: reactions (the capture one mostly) on messages with hostile text,
 * edits and deletions of captured messages, messages of every kind. Slack, not a person, writes these bodies, so
 * only the values people type or pick vary; the IDs are sometimes forged.
 */
final class FuzzRoomEvents {

    /** Messages of the rooms that were offered for capture: what an edit or deletion may name. */
    private record Posted(String channel, String ts, String author) {
    }

    private final FuzzRun run;
    private final List<Posted> posted = new ArrayList<>();

    FuzzRoomEvents(FuzzRun run) {
        this.run = run;
    }

    FuzzCase event(HostileText gen, List<String> rooms) {
        int kind = posted.isEmpty() ? 0 : gen.between(0, 9);
        return switch (kind) {
            case 0, 1, 2, 3 -> reaction(gen, rooms);
            case 4, 5 -> edit(gen);
            case 6 -> deletion(gen);
            case 7, 8 -> message(gen, rooms);
            default -> subtype(gen, rooms);
        };
    }

    private FuzzCase reaction(HostileText gen, List<String> rooms) {
        String channel = gen.chance(0.9) ? gen.pick(rooms) : gen.mix(1);
        String ts = SlackIds.nextTs();
        String author = gen.chance(0.5) ? gen.pick(RESPONDERS) : gen.nonResponder();
        String text = gen.any();
        String reaction = gen.chance(0.85) ? "pushpin" : gen.pick(List.of("heart", "PUSHPIN", ":pushpin:", gen.mix(1)));
        String user = gen.chance(0.7) ? gen.pick(RESPONDERS) : gen.nonResponder();
        // what Slack answers when the bot reads the message to capture it
        run.slack.messages().given(channel, ts, author, text);
        posted.add(new Posted(channel, ts, author));
        FuzzCase c = new FuzzCase(run, "event reaction_added", gen).input("user", user).input("reaction", reaction)
                .input("channel", channel).input("message text", text);
        c.sendEvent(reactionAdded(user, reaction, channel, ts, author));
        return c;
    }

    private FuzzCase edit(HostileText gen) {
        Posted message = gen.pick(posted);
        String text = gen.any();
        String editor = gen.chance(0.8) ? message.author() : gen.nonResponder();
        FuzzCase c = new FuzzCase(run, "event message_changed", gen).input("channel", message.channel())
                .input("editor", editor).input("text", text);
        c.sendEvent(messageChanged(message.channel(), message.ts(), editor, gen.any(), text,
                SlackIds.nextTs()));
        return c;
    }

    private FuzzCase deletion(HostileText gen) {
        Posted message = gen.pick(posted);
        FuzzCase c = new FuzzCase(run, "event message_deleted", gen).input("channel", message.channel())
                .input("ts", message.ts());
        c.sendEvent(messageDeleted(message.channel(), message.ts(), message.author(), gen.any(),
                SlackIds.nextTs()));
        return c;
    }

    private FuzzCase message(HostileText gen, List<String> rooms) {
        String channel = gen.pick(rooms);
        String text = gen.any();
        String user = gen.chance(0.5) ? gen.pick(RESPONDERS) : gen.nonResponder();
        FuzzCase c = new FuzzCase(run, "event message", gen).input("channel", channel).input("user", user)
                .input("text", text);
        c.sendEvent(messagePosted(channel, SlackIds.nextTs(), user, text));
        return c;
    }

    private FuzzCase subtype(HostileText gen, List<String> rooms) {
        String channel = gen.pick(rooms);
        String subtype = gen.pick(List.of("channel_join", "channel_leave", "bot_message", "thread_broadcast",
                "channel_topic", gen.mix(1)));
        String user = gen.chance(0.5) ? gen.pick(RESPONDERS) : gen.nonResponder();
        FuzzCase c = new FuzzCase(run, "event message (subtype)", gen).input("channel", channel)
                .input("subtype", subtype).input("user", user);
        c.sendEvent(messageOfSubtype(channel, subtype, user));
        return c;
    }
}
