package org.csirtbot.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.csirtbot.sandbox.workspace.SlackWorkspace;
import org.csirtbot.sandbox.workspace.WorkspaceModel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the bot did to the standalone fake Slack, as JSON for a benchmark's harness: the calls answered per method, the
 * HTTP 429s per method, and each channel's messages (not the bot's direct messages, only how many there are) as they
 * read now:
 * <pre>
 * {"calls":{"chat.postMessage":12,…},"rateLimited":{},"directMessages":3,
 *  "channels":{"C0TRIAGE1":{"name":"csirt-triage","messages":[{"ts":"…","text":"…","edited":true,"blocks":[…]}]}}}
 * </pre>
 */
final class StandaloneSlackStats {

    private final SlackWorkspace workspace;
    private final ObjectMapper json;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rateLimited = new ConcurrentHashMap<>();

    StandaloneSlackStats(SlackWorkspace workspace, ObjectMapper json) {
        this.workspace = workspace;
        this.json = json;
    }

    void answered(String method, int status) {
        calls.computeIfAbsent(method, m -> new LongAdder()).increment();
        if (status == 429) {
            rateLimited.computeIfAbsent(method, m -> new LongAdder()).increment();
        }
    }

    byte[] json() {
        ObjectNode stats = json.createObjectNode();
        ObjectNode callCounts = stats.putObject("calls");
        new TreeMap<>(calls).forEach((method, count) -> callCounts.put(method, count.sum()));
        ObjectNode limited = stats.putObject("rateLimited");
        new TreeMap<>(rateLimited).forEach((method, count) -> limited.put(method, count.sum()));
        stats.put("directMessages", workspace.conversations().stream().filter(WorkspaceModel.Channel::isIm)
                .mapToLong(c -> workspace.messages(c.id()).size()).sum());
        ObjectNode channels = stats.putObject("channels");
        for (WorkspaceModel.Channel channel : workspace.channels()) {
            ObjectNode node = channels.putObject(channel.id()).put("name", channel.name());
            ArrayNode messages = node.putArray("messages");
            for (WorkspaceModel.Message message : workspace.messages(channel.id())) {
                ObjectNode m = messages.addObject().put("ts", message.ts()).put("text", message.text())
                        .put("edited", message.edited());
                m.set("blocks", message.blocks());
            }
        }
        try {
            return json.writeValueAsBytes(stats);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
