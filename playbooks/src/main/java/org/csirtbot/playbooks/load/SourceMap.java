package org.csirtbot.playbooks.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.JsonLocationAware;

/** Finds where in the YAML file a JSON pointer (e.g. /phases/0/steps/2/next) was written. */
final class SourceMap {

    private final String file;
    private final JsonNode root;

    SourceMap(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** A problem at the node the pointer names, or at its nearest written ancestor. */
    Problem problem(String pointer, String message) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode node = root.at(at);
        while (node.isMissingNode() && !at.matches()) {
            at = at.head();
            node = root.at(at);
        }
        return at(node, message);
    }

    Problem at(JsonNode node, String message) {
        if (node instanceof JsonLocationAware aware && aware.tokenLocation() != null) {
            JsonLocation location = aware.tokenLocation();
            return new Problem(file, location.getLineNr(), location.getColumnNr(), message);
        }
        return new Problem(file, 1, 1, message);
    }
}
