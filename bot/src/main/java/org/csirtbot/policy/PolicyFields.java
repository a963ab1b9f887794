package org.csirtbot.policy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.csirtbot.partners.Bilingual;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one authority or log source of a policy file, noting every problem with the field it concerns. */
final class PolicyFields {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{1,62}");
    /** A Slack user ({@code U…}, {@code W…}) or user group ({@code S…}). */
    static final Pattern SLACK_ID = Pattern.compile("[UWS][A-Z0-9]{2,20}");
    static final List<String> AUTHORITY = List.of("id", "decision", "holders", "title", "deputies", "source", "never");
    static final List<String> LOG_SOURCE = List.of("id", "name", "records", "where", "retentionDays", "owner");
    static final int TEXT_MAX = 300;
    static final int PEOPLE_MAX = 10;
    static final int DAYS_MAX = 36_500;

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    Authority authority(JsonNode entry) {
        known(entry, AUTHORITY);
        String id = id(entry);
        Bilingual decision = bilingual(entry, "decision");
        if (decision.blank()) {
            problems.add("decision needs an English (en) or a Japanese (ja) text");
        }
        JsonNode never = entry.path("never");
        if (!never.isMissingNode() && !never.isBoolean()) {
            problems.add("never must be true or false");
        }
        return new Authority(id, decision, people(entry, "holders"), bilingual(entry, "title"),
                people(entry, "deputies"), text(entry, "source"), never.asBoolean(false));
    }

    LogSource logSource(JsonNode entry) {
        known(entry, LOG_SOURCE);
        String id = id(entry);
        Bilingual name = bilingual(entry, "name");
        if (name.blank()) {
            problems.add("name needs an English (en) or a Japanese (ja) name");
        }
        JsonNode days = entry.path("retentionDays");
        if (!days.canConvertToInt() || !days.isIntegralNumber() || days.asInt() < 1 || days.asInt() > DAYS_MAX) {
            problems.add("retentionDays must be a whole number of days from 1 to " + DAYS_MAX);
        }
        return new LogSource(id, name, bilingual(entry, "records"), text(entry, "where"), days.asInt(0),
                text(entry, "owner"));
    }

    private void known(JsonNode entry, List<String> fields) {
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                problems.add("unknown field '" + name + "': the fields are " + String.join(", ", fields));
            }
        }
    }

    private String id(JsonNode entry) {
        String id = entry.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            problems.add("id must be 2 to 63 lower-case letters, digits, dashes and underscores, such as mgmt");
        }
        return id;
    }

    private String text(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        String text = value.isTextual() ? value.asText().strip() : "";
        if (!value.isTextual() || text.length() > TEXT_MAX || text.chars().anyMatch(Character::isISOControl)) {
            problems.add(field + " must be one line of text of at most " + TEXT_MAX + " characters");
            return "";
        }
        return text;
    }

    private Bilingual bilingual(JsonNode entry, String field) {
        JsonNode node = entry.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return Bilingual.EMPTY;
        }
        if (!node.isObject() || !Set.of("en", "ja").containsAll(iterable(node))) {
            problems.add(field + " must be a mapping of en and ja");
            return Bilingual.EMPTY;
        }
        return new Bilingual(text(node, "en"), text(node, "ja"));
    }

    private List<String> people(JsonNode entry, String field) {
        JsonNode node = entry.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        node.forEach(item -> ids.add(item.asText("")));
        if (!node.isArray() || ids.size() > PEOPLE_MAX || !ids.stream().allMatch(id -> SLACK_ID.matcher(id).matches())) {
            problems.add(field + " must be a list of at most " + PEOPLE_MAX + " Slack user IDs (U…, W…) or user-group "
                    + "IDs (S…), as in [U0123ABCD, S0456EFGH]");
            return List.of();
        }
        return ids;
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
