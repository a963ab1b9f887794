package org.csirtbot.playbooks.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.csirtbot.playbooks.model.LText;

/** Reads the fields of one scenario file and collects each problem as {@code file: where: what to fix}. */
final class Fields {

    private final String file;
    private final List<String> problems = new ArrayList<>();

    Fields(String file) {
        this.file = file;
    }

    List<String> problems() {
        return problems;
    }

    void problem(String where, String message) {
        problems.add(file + ": " + where + ": " + message);
    }

    String text(JsonNode parent, String field, String where) {
        JsonNode node = parent.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(where, "is missing: add it");
            return null;
        }
        return node.asText();
    }

    String oneOf(JsonNode parent, String field, String where, Set<String> allowed) {
        String value = text(parent, field, where);
        if (value != null && !allowed.contains(value)) {
            problem(where, "'" + value + "' is not allowed: use one of " + allowed.stream().sorted().toList());
            return null;
        }
        return value;
    }

    /** A text in both languages, each at most {@code max} characters. */
    LText ltext(JsonNode node, String where, int max) {
        String en = node.path("en").isTextual() ? node.path("en").asText() : null;
        String ja = node.path("ja").isTextual() ? node.path("ja").asText() : null;
        for (String[] lang : new String[][] {{"en", en}, {"ja", ja}}) {
            if (lang[1] == null || lang[1].isBlank()) {
                problem(where + "." + lang[0], "is missing: every text needs both en and ja");
            } else if (lang[1].length() > max) {
                problem(where + "." + lang[0], "is " + lang[1].length() + " characters long: keep it under " + max);
            }
        }
        return new LText(en, ja);
    }

    /** An ISO-8601 duration such as PT10M, or null (with a problem) when it is none. */
    Duration duration(JsonNode parent, String field, String where) {
        String text = text(parent, field, where);
        if (text == null) {
            return null;
        }
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative()) {
                problem(where, "'" + text + "' is negative: count from the start of the exercise");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problem(where, "'" + text + "' is not an ISO-8601 duration: write it as PT10M, PT2H or P1DT4H");
            return null;
        }
    }
}
