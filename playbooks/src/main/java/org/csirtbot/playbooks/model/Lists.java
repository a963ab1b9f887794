package org.csirtbot.playbooks.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Absent YAML lists and maps become empty ones, so nobody checks for null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
