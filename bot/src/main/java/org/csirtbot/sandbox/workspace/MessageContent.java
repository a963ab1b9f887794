package org.csirtbot.sandbox.workspace;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The message content of a chat.* request (text, blocks, metadata) as Slack accepts it, or the error to answer. */
record MessageContent(String text, JsonNode blocks, JsonNode metadata, ObjectNode error) {

    static MessageContent of(Map<String, String> p, boolean validateBlocks, boolean textMayBeTruncated) {
        JsonNode blocks;
        JsonNode metadata;
        try {
            blocks = WorkspaceJson.parse(p.get("blocks"));
        } catch (IOException e) {
            blocks = null;
        }
        if (p.get("blocks") != null && !p.get("blocks").isBlank() && (blocks == null || !blocks.isArray())) {
            return new MessageContent(null, null, null, WorkspaceJson.error("invalid_blocks_format"));
        }
        try {
            metadata = WorkspaceJson.parse(p.get("metadata"));
        } catch (IOException e) {
            return new MessageContent(null, null, null, WorkspaceJson.error("invalid_metadata_format"));
        }
        if (metadata != null && (!metadata.isObject() || !metadata.path("event_type").isTextual())) {
            return new MessageContent(null, null, null, WorkspaceJson.error("invalid_metadata_format"));
        }
        String text = p.get("text");
        if ((text == null || text.isBlank()) && (blocks == null || blocks.isEmpty())) {
            return new MessageContent(null, null, null, WorkspaceJson.error("no_text"));
        }
        if (text != null && text.codePointCount(0, text.length()) > BlockKitLimits.MAX_MESSAGE_TEXT) {
            if (!textMayBeTruncated) {
                return new MessageContent(null, null, null, WorkspaceJson.error("msg_too_long"));
            }
            text = text.substring(0, text.offsetByCodePoints(0, BlockKitLimits.MAX_MESSAGE_TEXT));
        }
        if (blocks != null && validateBlocks) {
            List<String> violations = BlockKitLimits.checkBlocks(blocks).stream().map(Object::toString).toList();
            if (!violations.isEmpty()) {
                return new MessageContent(null, null, null, WorkspaceJson.invalidBlocks(violations));
            }
        }
        return new MessageContent(text, blocks, metadata, null);
    }
}
