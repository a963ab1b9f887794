package org.csirtbot.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The hash chain of the incident log, defined here and only here, precisely enough for an auditor to
 * re-compute every hash from the stored entries with any JSON and SHA-256 tool.
 *
 * <p>{@code hash} is the lower-case hex SHA-256 of the UTF-8 bytes of the entry's <em>canonical form</em>,
 * a JSON object without any whitespace holding exactly these seven members, keys in this (sorted) order:
 * <pre>{"actor":"U123","at":"2025-06-30T23:59:59.987Z","data":{"severity":"S2"},"incidentId":"INC-2025-0001",
 *  "kind":"declared","prevHash":"000…000","seq":1}</pre>
 * <ul>
 * <li>{@code at}: the entry's time in UTC, ISO-8601 with exactly three digits of milliseconds and {@code Z}
 *     ({@code uuuu-MM-dd'T'HH:mm:ss.SSS'Z'}); the stored time is already truncated to milliseconds.</li>
 * <li>{@code prevHash}: the {@code hash} of entry {@code seq - 1}, or {@link #GENESIS} (64 zeros) for
 *     {@code seq} 1.</li>
 * <li>{@code seq}: a JSON integer. A missing {@code actor}, {@code kind} or {@code data} is {@code null}.</li>
 * <li>{@code data}, recursively: objects with their keys sorted by Java {@code String} order (UTF-16 code units;
 *     byte order for ASCII keys); arrays in stored order; strings, {@code true}/{@code false}, {@code null};
 *     integers as plain decimal digits; floating-point numbers as the shortest decimal that reads back to the
 *     same double ({@code 0.1}, {@code 1.0E10}); times (stored as BSON dates) as strings in the {@code at}
 *     format; enum constants as their names.</li>
 * <li>Strings are escaped minimally: {@code \"}, {@code \\}, {@code \b \f \n \r \t}, other characters below
 *     U+0020 as <code>&#92;u00XX</code> (upper-case hex); everything else, {@code /} and non-ASCII included, as is.
 *     An unpaired UTF-16 surrogate, which UTF-8 cannot hold, is stored and hashed as U+FFFD ({@link Utf8Safe}).</li>
 * </ul>
 * Any other kind of value in {@code data} is refused when appending, so that no entry is written that could
 * not be verified after being read back.
 */
final class LogEntryHashing {

    /** The {@code prevHash} of the first entry of every log. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private LogEntryHashing() {
    }

    /** The hash of a stored entry, re-computed from its fields (its own {@code hash} is not read). */
    static String hash(LogEntryDocument e) {
        return hash(e.incidentId(), e.seq(), e.at(), e.actor(), e.kind(), e.data(), e.prevHash());
    }

    static String hash(String incidentId, long seq, Instant at, String actor, String kind, Map<String, Object> data,
            String prevHash) {
        byte[] canonical = canonicalForm(incidentId, seq, at, actor, kind, data, prevHash)
                .getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The canonical form of an entry, the JSON text whose UTF-8 bytes are hashed. */
    static String canonicalForm(String incidentId, long seq, Instant at, String actor, String kind,
            Map<String, Object> data, String prevHash) {
        Map<String, Object> entry = new TreeMap<>();
        entry.put("incidentId", incidentId);
        entry.put("seq", seq);
        entry.put("at", canonical(at));
        entry.put("actor", actor);
        entry.put("kind", kind);
        entry.put("data", canonical(data));
        entry.put("prevHash", prevHash);
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a canonical log entry is plain JSON", e);
        }
    }

    /** A value as the canonical form writes it; the same whether given to {@code append} or read back. */
    static Object canonical(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Instant instant) {
            return AT.format(instant.truncatedTo(ChronoUnit.MILLIS));
        }
        if (value instanceof Date date) {
            return AT.format(date.toInstant());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, v) -> {
                if (!(key instanceof String name)) {
                    throw unsupported(key);
                }
                sorted.put(name, canonical(v));
            });
            return sorted;
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> items = value instanceof Object[] array ? Arrays.asList(array) : (Collection<?>) value;
            List<Object> list = new ArrayList<>(items.size());
            items.forEach(item -> list.add(canonical(item)));
            return list;
        }
        throw unsupported(value);
    }

    private static IllegalArgumentException unsupported(Object value) {
        return new IllegalArgumentException("the incident log keeps only strings, numbers, booleans, times, lists and"
                + " maps with string keys; not a " + value.getClass().getName());
    }
}
