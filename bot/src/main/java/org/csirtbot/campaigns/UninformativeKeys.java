package org.csirtbot.campaigns;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableExtraction;
import org.csirtbot.observables.ObservableType;

/**
 * Observables that never tie reports together: private, loopback, link-local and unspecified IP addresses (everyone's
 * {@code 192.168.1.10} is another machine), the documentation ranges of RFC 5737 and RFC 3849, URLs whose host has
 * no known top-level domain ({@code https://intranet/}), and the hashes of an empty file (an empty attachment is not a campaign).
 */
final class UninformativeKeys {

    private static final String[] DOCUMENTATION = {"192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:"};

    private static final java.util.Set<String> EMPTY_FILE = java.util.Set.of("d41d8cd98f00b204e9800998ecf8427e",
            "da39a3ee5e6b4b0d3255bfef95601890afd80709",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    private UninformativeKeys() {
    }

    /**
     * {@code https://intranet/…} or a host cut short ({@code evil.e}): a name inside some network, anyone's, or no
     * name at all; an IP host is judged as an address.
     */
    private static boolean noKnownHost(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host != null && !host.contains(":") && !host.matches("[0-9.]+")
                    && !ObservableExtraction.hasKnownTopLevelDomain(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean uninformative(Observable observable) {
        if (EMPTY_FILE.contains(observable.value())) {
            return true;
        }
        if (observable.type() == ObservableType.URL) {
            return noKnownHost(observable.value());
        }
        if (observable.type() != ObservableType.IPV4 && observable.type() != ObservableType.IPV6) {
            return false;
        }
        String address = observable.value().split("/", 2)[0];
        for (String range : DOCUMENTATION) {
            if (address.startsWith(range)) {
                return true;
            }
        }
        try {
            InetAddress ip = InetAddress.getByName(address); // a literal: no lookup
            return ip.isSiteLocalAddress() || ip.isLoopbackAddress() || ip.isLinkLocalAddress() || ip.isAnyLocalAddress()
                    || address.startsWith("fc") || address.startsWith("fd");
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
