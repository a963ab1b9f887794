package org.csirtbot.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.csirtbot.incident.Tlp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a posted intake item and finds every problem in it at once: the kind, the fields required, sizes, the time
 * received (RFC 3339 with an offset, not in the future), the link (http or https) and the TLP (CLEAR, GREEN, AMBER,
 * AMBER+STRICT or RED, with or without {@code TLP:}); fields it does not know are refused, so a typo is not lost.
 */
final class IntakeChecks {

    static final int NAME_MAX = 200;
    static final int CONTACT_MAX = 500;
    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 100_000;
    static final int REFERENCE_MAX = 200;
    static final int URL_MAX = 2000;
    private static final Duration CLOCK_GRACE = Duration.ofMinutes(5);
    private static final Set<String> FIELDS = Set.of("kind", "from", "fromContact", "subject", "body", "receivedAt",
            "reference", "url", "tlp");

    private IntakeChecks() {
    }

    /** What was posted, read; {@code problems} empty when it may be stored. */
    record Read(Submission submission, List<String> problems) {
    }

    static Read read(JsonNode body, Clock clock) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            return new Read(null, List.of("the body must be a JSON object: {kind, from, subject, body, ...}"));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(name + " is not a field of an intake item (" + String.join(", ", FIELDS.stream().sorted()
                        .toList()) + ")");
            }
        }
        String kindCode = text(body, "kind", 20, true, problems);
        IntakeKind kind = kindCode == null ? null : IntakeKind.fromCode(kindCode).orElse(null);
        if (kindCode != null && kind == null) {
            problems.add("kind is notification or advisory; '" + kindCode + "' is not");
        }
        String from = text(body, "from", NAME_MAX, true, problems);
        String contact = text(body, "fromContact", CONTACT_MAX, false, problems);
        String subject = text(body, "subject", SUBJECT_MAX, true, problems);
        String text = text(body, "body", BODY_MAX, true, problems);
        String reference = text(body, "reference", REFERENCE_MAX, false, problems);
        String url = text(body, "url", URL_MAX, false, problems);
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            problems.add("url must be an http or https link without spaces");
        }
        String tlpTyped = text(body, "tlp", 30, false, problems);
        Tlp tlp = tlpTyped == null ? null : Tlp.named(tlpTyped).orElse(null);
        if (tlpTyped != null && tlp == null) {
            problems.add("tlp is one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED; '" + tlpTyped
                    + "' is not");
        }
        Instant receivedAt = receivedAt(text(body, "receivedAt", 40, false, problems), clock, problems);
        Submission submission = problems.isEmpty() ? new Submission(kind, from, contact, subject, text, receivedAt,
                reference, url, tlp == null ? null : "TLP:" + tlp.label()) : null;
        return new Read(submission, List.copyOf(problems));
    }

    private static Instant receivedAt(String typed, Clock clock, List<String> problems) {
        if (typed == null) {
            return null;
        }
        try {
            Instant at = OffsetDateTime.parse(typed).toInstant();
            if (at.isAfter(clock.instant().plus(CLOCK_GRACE))) {
                problems.add("receivedAt is in the future: " + typed);
            }
            return at;
        } catch (DateTimeParseException e) {
            problems.add("receivedAt must be a time with its offset (RFC 3339), such as 2026-04-01T09:30:00+09:00; '"
                    + typed + "' is not");
            return null;
        }
    }

    /** The field's text, stripped; null when absent or blank (a problem when required), or not text, or too long. */
    private static String text(JsonNode body, String field, int max, boolean required, List<String> problems) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            if (required) {
                problems.add(field + " is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        String value = node.asText().strip();
        if (value.length() > max) {
            problems.add(field + " is " + value.length() + " characters; at most " + max + " are kept");
            return null;
        }
        return value;
    }
}
