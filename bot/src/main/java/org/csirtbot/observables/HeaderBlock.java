package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header fields of a pasted mail (RFC 5322 §2.2): folded lines unfolded, names compared without case, values as
 * written (still encoded). Lines that are not fields (a mail client's own captions, a quote) are passed over; the
 * first empty line after a field ends the block, as it ends the headers of a mail.
 */
final class HeaderBlock {

    /** A field name is printable ASCII without space or colon. */
    private static final Pattern FIELD = Pattern.compile("([!-9;-~]+):[ \\t]*(.*)");

    private final Map<String, List<String>> fields;

    private HeaderBlock(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    static HeaderBlock read(String pasted) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : (pasted == null ? "" : pasted).split("\\r\\n|\\r|\\n", -1)) {
            boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation && name != null && !line.isBlank()) {
                value.append(line);
                continue;
            }
            add(fields, name, value);
            name = null;
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                name = field.group(1).toLowerCase(Locale.ROOT);
                value.setLength(0);
                value.append(field.group(2));
            } else if (line.isBlank() && !fields.isEmpty()) {
                break;
            }
        }
        add(fields, name, value);
        return new HeaderBlock(fields);
    }

    private static void add(Map<String, List<String>> fields, String name, StringBuilder value) {
        if (name != null) {
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value.toString().strip());
        }
    }

    Optional<String> first(String name) {
        return all(name).stream().filter(v -> !v.isEmpty()).findFirst();
    }

    List<String> all(String name) {
        return fields.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }
}
