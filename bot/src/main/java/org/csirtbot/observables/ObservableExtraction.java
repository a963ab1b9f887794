package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.csirtbot.observables.Refanging.Refanged;
import org.springframework.stereotype.Component;

/**
 * Finds the observables in free text: URLs (each followed by its domain or IP address), domains, e-mail addresses,
 * IPv4 and IPv6 addresses (with a CIDR suffix), MD5, SHA-1 and SHA-256 hashes; defanged forms and fullwidth
 * characters included, Japanese text around them allowed. Each observable once, in the order it first appears; what
 * each kind accepts and refuses is written on its scanner ({@link UrlScanner}, {@link EmailScanner},
 * {@link Ipv6Scanner}, {@link Ipv4Scanner}, {@link DomainScanner}, {@link HashScanner}).
 */
@Component
public class ObservableExtraction {

    /** Most specific first: what a scanner found is blanked before the next one looks. */
    private static final List<TextScanner> SCANNERS = List.of(new UrlScanner(), new EmailScanner(), new Ipv6Scanner(),
            new Ipv4Scanner(), new DomainScanner(), new HashScanner());

    public ObservableExtraction() {
        // usable with new as well as injected
    }

    /** Whether a host name ends in a top-level domain IANA knows (a host such as {@code evil.e} or {@code wiki} does not). */
    public static boolean hasKnownTopLevelDomain(String host) {
        return host != null && DomainNames.hasKnownTld(host.toLowerCase(java.util.Locale.ROOT));
    }

    public List<Observable> from(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Refanged refanged = Refanging.refang(text);
        char[] remaining = refanged.text().toCharArray();
        List<Found> found = new ArrayList<>();
        for (TextScanner scanner : SCANNERS) {
            List<Found> more = scanner.scan(new Refanged(new String(remaining), refanged.defanged()));
            for (Found f : more) {
                for (int i = f.start(); i < f.end(); i++) {
                    remaining[i] = ' ';
                }
            }
            found.addAll(more);
        }
        found.sort(Comparator.comparingInt(Found::start));
        Set<Observable> observables = new LinkedHashSet<>();
        found.forEach(f -> observables.addAll(f.observables()));
        return List.copyOf(observables);
    }
}
