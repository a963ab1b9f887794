package org.csirtbot.indicators.stix;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;

/**
 * Indicators as STIX patterns of one comparison, {@code [domain-name:value = 'evil.example']}: what the registry
 * writes, and the only patterns it reads back (others are skipped: the registry holds values, not detection logic).
 */
final class StixPatterns {

    private static final Map<ObservableType, String> PATHS = Map.of(
            ObservableType.URL, "url:value", ObservableType.DOMAIN, "domain-name:value",
            ObservableType.EMAIL, "email-addr:value", ObservableType.IPV4, "ipv4-addr:value",
            ObservableType.IPV6, "ipv6-addr:value", ObservableType.MD5, "file:hashes.'MD5'",
            ObservableType.SHA1, "file:hashes.'SHA-1'", ObservableType.SHA256, "file:hashes.'SHA-256'",
            ObservableType.SUBJECT, "email-message:subject", ObservableType.MESSAGE_ID, "email-message:message_id");
    /** Hash names as STIX writes them, quoted or not where no quote is needed. */
    private static final Map<String, ObservableType> READ_PATHS = Map.ofEntries(
            Map.entry("url:value", ObservableType.URL), Map.entry("domain-name:value", ObservableType.DOMAIN),
            Map.entry("email-addr:value", ObservableType.EMAIL), Map.entry("ipv4-addr:value", ObservableType.IPV4),
            Map.entry("ipv6-addr:value", ObservableType.IPV6), Map.entry("file:hashes.'MD5'", ObservableType.MD5),
            Map.entry("file:hashes.MD5", ObservableType.MD5), Map.entry("file:hashes.'SHA-1'", ObservableType.SHA1),
            Map.entry("file:hashes.'SHA-256'", ObservableType.SHA256),
            Map.entry("email-message:subject", ObservableType.SUBJECT),
            Map.entry("email-message:message_id", ObservableType.MESSAGE_ID));
    private static final Pattern ONE_COMPARISON = Pattern.compile(
            "\\[\\s*([a-z0-9-]+:[A-Za-z0-9_.'-]+)\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*]");

    private StixPatterns() {
    }

    static String pattern(Observable observable) {
        String escaped = observable.value().replace("\\", "\\\\").replace("'", "\\'");
        return "[" + PATHS.get(observable.type()) + " = '" + escaped + "']";
    }

    /** A comparison the registry can hold: the type, and the value as the pattern writes it (not yet checked). */
    record Comparison(ObservableType type, String value) {
    }

    /** The comparison of a one-comparison pattern on a value the registry holds; empty for any other pattern. */
    static Optional<Comparison> read(String pattern) {
        Matcher m = ONE_COMPARISON.matcher(pattern == null ? "" : pattern.strip());
        if (!m.matches() || !READ_PATHS.containsKey(m.group(1))) {
            return Optional.empty();
        }
        String value = m.group(2).replaceAll("\\\\(.)", "$1");
        return Optional.of(new Comparison(READ_PATHS.get(m.group(1)), value));
    }
}
