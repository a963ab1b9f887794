package org.csirtbot.testkit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Turns a web-api sample into a WireMock response template: chosen fields become Handlebars expressions, the rest stays. */
final class StubTemplates {

    /** Decodes the form body into {@code form}; every template starts with it. */
    static final String FORM = "{{formData request.body 'form' urlDecode=true}}";

    private final ObjectNode json;
    private final StringBuilder prelude = new StringBuilder(FORM);
    private final List<String[]> replacements = new ArrayList<>();

    private StubTemplates(ObjectNode json) {
        this.json = json;
    }

    /** Starts from {@code slack-samples/web-api/<sampleFile>}. */
    static StubTemplates sample(String sampleFile) {
        return new StubTemplates(SlackSamples.object("web-api/" + sampleFile));
    }

    /** Starts from a constructed JSON object. */
    static StubTemplates constructed(ObjectNode json) {
        return new StubTemplates(json);
    }

    /** Renders {@code {{#if expr}}{{toJson expr}}{{else}}fallbackJson{{/if}}}: echo a request value, or a JSON default. */
    static String echo(String expr, String fallbackJson) {
        return "{{#if " + expr + "}}{{toJson " + expr + "}}{{else}}" + fallbackJson + "{{/if}}";
    }

    /** Renders {@code true}/{@code false} from a form flag; Slack takes "1" or "true" (the Java SDK sends "1"/"0"). */
    static String formFlag(String expr) {
        return "{{#if " + formFlagTest(expr) + "}}true{{else}}false{{/if}}";
    }

    /** The Handlebars subexpression testing a form flag, for use in {@code {{#if ...}}}. */
    static String formFlagTest(String expr) {
        return "(or (eq " + expr + " '1') (eq " + expr + " 'true'))";
    }

    /** Renders {@code true}/{@code false} from a JSON boolean (missing means false). */
    static String jsonFlag(String expr) {
        return "{{#if " + expr + "}}true{{else}}false{{/if}}";
    }

    /** Adds Handlebars text before the JSON (variable assignments; renders nothing). */
    StubTemplates let(String handlebars) {
        prelude.append(handlebars);
        return this;
    }

    /** Sets a fixed string value at a JSON pointer such as {@code /channel/creator}. */
    StubTemplates put(String pointer, String value) {
        parent(pointer).put(last(pointer), value);
        return this;
    }

    /** Replaces (or adds) the value at a JSON pointer with a Handlebars expression that renders JSON. */
    StubTemplates expr(String pointer, String handlebars) {
        String marker = "@@expr" + replacements.size() + "@@";
        parent(pointer).put(last(pointer), marker);
        replacements.add(new String[] {"\"" + marker + "\"", handlebars});
        return this;
    }

    /** Appends to the object at a pointer raw Handlebars text that renders {@code ,"key":value} or nothing. */
    StubTemplates optionalMember(String objectPointer, String handlebars) {
        String marker = "@@member" + replacements.size() + "@@";
        ((ObjectNode) json.at(objectPointer)).put(marker, 0);
        replacements.add(new String[] {",\"" + marker + "\":0", handlebars});
        return this;
    }

    /** The template text. */
    String render() {
        String text = json.toString();
        for (String[] r : replacements) {
            if (!text.contains(r[0])) {
                throw new IllegalStateException("marker lost: " + r[0]);
            }
            // spaces keep Handlebars from reading a JSON brace next to a mustache as '}}}' / '{{{'
            text = text.replace(r[0], " " + r[1] + " ");
        }
        return prelude + text;
    }

    private ObjectNode parent(String pointer) {
        JsonPointer p = JsonPointer.compile(pointer);
        var node = json.at(p.head());
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("No parent object for " + pointer);
        }
        return (ObjectNode) node;
    }

    private static String last(String pointer) {
        return JsonPointer.compile(pointer).last().getMatchingProperty();
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
