package org.csirtbot.playbooks.engine;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.FieldType;

/** Checks values given for fields: known keys, values of the field's type, required ones present. */
final class FieldCheck {

    private static final Map<FieldType, Pattern> FORMS = Map.of(
            FieldType.INT, Pattern.compile("-?\\d+"),
            FieldType.BOOL, Pattern.compile("true|false"),
            FieldType.IPV4, Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}"),
            FieldType.IPV6, Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*"),
            FieldType.CIDR, Pattern.compile("[0-9a-fA-F:.]+/\\d{1,3}"),
            FieldType.DOMAIN, Pattern.compile("([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}\\.?"),
            FieldType.URL, Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://\\S+"),
            FieldType.EMAIL, Pattern.compile("[^@\\s]+@[^@\\s]+"),
            FieldType.MD5, Pattern.compile("[0-9a-fA-F]{32}"),
            FieldType.SHA1, Pattern.compile("[0-9a-fA-F]{40}"));
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    private FieldCheck() {
    }

    /** The first problem with {@code given} against {@code fields}, or empty when all is well. */
    static Optional<Event.Refused> check(Run run, List<FieldDef> fields, Map<String, String> given) {
        for (String key : given.keySet()) {
            Optional<FieldDef> field = fields.stream().filter(f -> f.key().equals(key)).findFirst();
            if (field.isEmpty()) {
                return refuse(run, Refusal.UNKNOWN_FIELD, key);
            }
            if (!valid(field.get(), given.get(key))) {
                return refuse(run, Refusal.INVALID_FIELD, key + " (" + field.get().type().name().toLowerCase() + ")");
            }
        }
        for (FieldDef field : fields) {
            String value = given.getOrDefault(field.key(), run.values.get(field.key()));
            if (field.required() && (value == null || value.isBlank())) {
                return refuse(run, Refusal.MISSING_FIELD, field.key());
            }
        }
        return Optional.empty();
    }

    static boolean valid(FieldDef field, String value) {
        if (value == null || value.isBlank()) {
            return !field.required();
        }
        List<String> parts = field.multiple() ? value.lines().filter(l -> !l.isBlank()).toList() : List.of(value);
        return parts.stream().allMatch(part -> validOne(field, part.strip()));
    }

    private static boolean validOne(FieldDef field, String value) {
        return switch (field.type()) {
            case ENUM -> field.enumValues().contains(value);
            case DATETIME -> parses(() -> OffsetDateTime.parse(value));
            case DURATION -> parses(() -> Duration.parse(value));
            case SHA256 -> SHA256.matcher(value).matches();
            case INT -> FORMS.get(FieldType.INT).matcher(value).matches() && within(field, value);
            default -> !FORMS.containsKey(field.type()) || FORMS.get(field.type()).matcher(value).matches();
        };
    }

    /** Whether an int's value lies within the field's {@code min} and {@code max}, where it has them. */
    private static boolean within(FieldDef field, String value) {
        try {
            long n = Long.parseLong(value);
            return (field.min() == null || n >= field.min()) && (field.max() == null || n <= field.max());
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static Optional<Event.Refused> refuse(Run run, Refusal reason, String detail) {
        return Optional.of(new Event.Refused(run.now, reason, detail));
    }
}
