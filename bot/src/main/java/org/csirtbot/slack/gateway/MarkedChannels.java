package org.csirtbot.slack.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;

/**
 * Puts a channel's {@link ChannelMarks.Mark} on what the gateway sends there: a context block at the top of a
 * message's blocks (or the mark's line above a text-only message), and the label before a topic. Only channels
 * ({@code C…}, {@code G…}) are looked up: direct messages are never marked.
 */
final class MarkedChannels {

    /** Slack's limits: blocks in a message, characters in a topic. */
    private static final int BLOCKS_MAX = 50;
    private static final int TOPIC_MAX = 250;

    private final ChannelMarks marks;

    MarkedChannels(ChannelMarks marks) {
        this.marks = marks;
    }

    /** What a message to {@code channel} is: its text and blocks, marked when the channel is. */
    record Message(String text, List<LayoutBlock> blocks) {
    }

    Message message(String channel, String text, List<LayoutBlock> blocks) {
        Optional<ChannelMarks.Mark> mark = markOf(channel);
        if (mark.isEmpty()) {
            return new Message(text, blocks);
        }
        String line = mark.get().line();
        if (blocks == null || blocks.isEmpty()) {
            return new Message(line + "\n" + text, blocks);
        }
        String labelled = mark.get().label() + " " + text;
        if (blocks.size() >= BLOCKS_MAX) {
            return new Message(labelled, blocks);
        }
        List<LayoutBlock> marked = new ArrayList<>(blocks.size() + 1);
        marked.add(ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(line).build())).build());
        marked.addAll(blocks);
        return new Message(labelled, marked);
    }

    String topic(String channel, String topic) {
        return markOf(channel).map(m -> cut(m.label() + " " + topic)).orElse(topic);
    }

    private Optional<ChannelMarks.Mark> markOf(String channel) {
        boolean isChannel = channel != null && (channel.startsWith("C") || channel.startsWith("G"));
        return isChannel ? marks.of(channel) : Optional.empty();
    }

    private static String cut(String topic) {
        if (topic.codePointCount(0, topic.length()) <= TOPIC_MAX) {
            return topic;
        }
        return topic.substring(0, topic.offsetByCodePoints(0, TOPIC_MAX - 1)) + "…";
    }
}
