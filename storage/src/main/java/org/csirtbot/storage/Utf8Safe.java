package org.csirtbot.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text as a UTF-8 store keeps it: each unpaired UTF-16 surrogate (which UTF-8 cannot encode, and which a hostile
 * Slack payload can carry as a JSON escape) as U+FFFD. The log hashes and stores text in this form, so an entry
 * read back hashes as it did when written.
 */
final class Utf8Safe {

    private Utf8Safe() {
    }

    /** The value with every string in it (map keys too) made storable; other values as they are. */
    static Object of(Object value) {
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> safe = new LinkedHashMap<>();
            map.forEach((key, v) -> safe.put(of(key), of(v)));
            return safe;
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> items = value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
            List<Object> safe = new ArrayList<>(items.size());
            items.forEach(item -> safe.add(of(item)));
            return safe;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, ?> data) {
        return data == null ? null : (Map<String, Object>) of(data);
    }

    static String text(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (unpaired && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(unpaired ? '\ufffd' : c);
            }
        }
        return safe == null ? text : safe.toString();
    }
}
