package org.csirtbot.observables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The real top-level domains (IANA's list, a resource file), so that a dotted word is a domain only when it ends in
 * one: {@code report.pdf}, {@code v2.10.4} and {@code e.g.} do not.
 */
final class TopLevelDomains {

    private static final String RESOURCE = "/observables/tlds-alpha-by-domain.txt";

    /**
     * Real top-level domains that are also common file extensions ({@code setup.zip}, {@code README.md},
     * {@code main.py}, {@code Slack.app}): a bare name ending in one is read as a file name, unless it was written
     * defanged; inside a URL or an e-mail address it is a domain.
     */
    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "app", "cab", "docs", "java", "md", "mov", "one", "pl", "ps", "pub", "py", "rs", "run", "sh", "so", "tf",
            "zip");

    private static final Set<String> KNOWN = load();

    private TopLevelDomains() {
    }

    /** Whether {@code tld} (ASCII, punycode for IDN ones, any case) is a real top-level domain. */
    static boolean isKnown(String tld) {
        return KNOWN.contains(tld.toLowerCase(Locale.ROOT));
    }

    static boolean looksLikeFileExtension(String tld) {
        return FILE_EXTENSIONS.contains(tld.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = TopLevelDomains.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
