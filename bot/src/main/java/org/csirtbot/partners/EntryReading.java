package org.csirtbot.partners;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the values of one directory entry, noting every problem with the field it concerns and what to write instead. */
final class EntryReading {

    static final int HELP_MAX = 300;
    static final int HELPS_MAX = 20;
    static final int URL_MAX = 500;
    private static final Pattern PHONE = Pattern.compile("[0-9+()#*. -]{2,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>|]{1,64}@[^@\\s<>|]+\\.[^@\\s<>|]+");

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return List.copyOf(problems);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** The field's text, trimmed; empty when absent. A non-text value, one too long or one with control characters is a problem. */
    String text(JsonNode node, String field, int max, String prefix, boolean multiline) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            problems.add(prefix + field + " must be text (in YAML, put it in quotes)");
            return "";
        }
        String text = value.asText().strip();
        if (text.codePointCount(0, text.length()) > max) {
            problems.add(prefix + field + " must be at most " + max + " characters");
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && c == '\n'))) {
            problems.add(prefix + field + " must be on one line, without control characters");
        }
        return text;
    }

    String text(JsonNode node, String field, int max) {
        return text(node, field, max, "", false);
    }

    Contact contact(JsonNode entry, String field) {
        JsonNode node = entry.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Contact.EMPTY;
        }
        if (!node.isObject() || !known(node, Set.of("phone", "email", "webForm"))) {
            problems.add(field + " must be a mapping of phone, email and webForm (each may be empty)");
            return Contact.EMPTY;
        }
        String phone = text(node, "phone", 40, field + ".", false);
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(field + ".phone may hold only digits, spaces and + ( ) - . # *");
        }
        String email = text(node, "email", 254, field + ".", false);
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            problems.add(field + ".email must be an e-mail address, such as csirt@example.org");
        }
        return new Contact(phone, email, url(node, "webForm", field + "."));
    }

    String url(JsonNode node, String field, String prefix) {
        String url = text(node, field, URL_MAX, prefix, false);
        if (!url.isEmpty() && !webAddress(url)) {
            problems.add(prefix + field + " must be an https:// (or http://) address");
        }
        return url;
    }

    Bilingual bilingual(JsonNode entry, String field, int max, boolean multiline) {
        JsonNode node = entry.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Bilingual.EMPTY;
        }
        if (!node.isObject() || !known(node, Set.of("en", "ja"))) {
            problems.add(field + " must be a mapping of en and ja");
            return Bilingual.EMPTY;
        }
        return new Bilingual(text(node, "en", max, field + ".", multiline),
                text(node, "ja", max, field + ".", multiline));
    }

    List<String> list(JsonNode entry, String field) {
        JsonNode node = entry.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > HELPS_MAX) {
            problems.add(field + " must be a list of at most " + HELPS_MAX + " texts");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : node) {
            String text = item.isTextual() ? item.asText().strip() : "";
            if (text.isEmpty() || text.length() > HELP_MAX || text.chars().anyMatch(Character::isISOControl)) {
                problems.add(field + " holds texts of 1 to " + HELP_MAX + " characters, each on one line");
                return List.of();
            }
            items.add(text);
        }
        return items;
    }

    /** A supplier's incident duties: {@code notifyWithinHours} (1 to 8760), {@code provides}, {@code contractRef}. */
    Duties duties(JsonNode entry) {
        JsonNode node = entry.path("duties");
        if (node.isMissingNode() || node.isNull()) {
            return Duties.NONE;
        }
        if (!node.isObject() || !known(node, Set.of("notifyWithinHours", "provides", "contractRef"))) {
            problems.add("duties must be a mapping of notifyWithinHours, provides and contractRef");
            return Duties.NONE;
        }
        JsonNode hours = node.path("notifyWithinHours");
        boolean given = !hours.isMissingNode() && !hours.isNull();
        if (given && (!hours.isIntegralNumber() || hours.asInt() < 1 || hours.asInt() > 8760)) {
            problems.add("duties.notifyWithinHours must be a whole number of hours from 1 to 8760");
        }
        return new Duties(given ? hours.asInt() : null, list(node, "provides"), text(node, "contractRef", 200,
                "duties.", false));
    }

    static boolean known(JsonNode node, Set<String> fields) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!fields.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
