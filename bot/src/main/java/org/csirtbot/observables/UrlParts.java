package org.csirtbot.observables;

import java.util.Map;
import java.util.Optional;

/**
 * How a URL is written once found: scheme and host in lower case, the host in ASCII (IDN to punycode) without a
 * trailing dot, an IPv6 host in its canonical form, the default port (80 for http, 443 for https, 21 for ftp)
 * dropped, an empty path written {@code /}. User info, path, query and fragment are kept as written.
 */
final class UrlParts {

    private static final Map<String, String> DEFAULT_PORTS = Map.of("http", "80", "https", "443", "ftp", "21");

    private UrlParts() {
    }

    /**
     * A URL's authority: user info (or empty), the host as it goes into the URL, the port (or empty), how many
     * characters of the text they took, and the host as an observable when it is a domain or an IP address.
     */
    record Host(String userInfo, String name, String port, int authorityLength, Optional<Observable> observable) {
    }

    /** The host of {@code authority} (everything up to the path), or null when there is no valid one. */
    static Host host(String authority) {
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at);
        String rest = authority.substring(at + 1);
        int hostLength;
        String name;
        Optional<Observable> observable;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            Optional<String> ip = close < 0 ? Optional.empty() : IpAddresses.ipv6(rest.substring(1, close));
            if (ip.isEmpty()) {
                return null;
            }
            hostLength = close + 1;
            name = "[" + ip.get() + "]";
            observable = Optional.of(new Observable(ObservableType.IPV6, ip.get()));
        } else {
            int colon = rest.indexOf(':');
            String written = cutBeforeText(colon < 0 ? rest : rest.substring(0, colon));
            hostLength = written.length();
            Optional<String> ip = IpAddresses.ipv4(written.endsWith(".") ? written.substring(0, hostLength - 1) : written);
            Optional<String> domain = ip.isPresent() ? Optional.empty() : DomainNames.normalised(written);
            boolean knownTld = domain.filter(DomainNames::hasKnownTld).isPresent();
            if (ip.isEmpty() && (domain.isEmpty() || !knownTld && !isAscii(written))) {
                return null;
            }
            name = ip.orElseGet(domain::get);
            observable = ip.map(v4 -> new Observable(ObservableType.IPV4, v4))
                    .or(() -> domain.filter(d -> knownTld).map(d -> new Observable(ObservableType.DOMAIN, d)));
        }
        String afterHost = hostLength < rest.length() ? rest.substring(hostLength) : "";
        String port = "";
        int portLength = 0;
        if (afterHost.startsWith(":")) {
            int digits = 1;
            while (digits < afterHost.length() && Character.isDigit(afterHost.charAt(digits)) && digits <= 9) {
                digits++;
            }
            portLength = digits;
            port = digits > 1 ? String.valueOf(Long.parseLong(afterHost.substring(1, digits))) : "";
        }
        return new Host(userInfo, name, port, at + 1 + hostLength + portLength, observable);
    }

    static String url(String scheme, Host host, String path) {
        StringBuilder url = new StringBuilder(scheme).append("://");
        if (!host.userInfo().isEmpty()) {
            url.append(host.userInfo()).append('@');
        }
        url.append(host.name());
        if (!host.port().isEmpty() && !host.port().equals(DEFAULT_PORTS.get(scheme))) {
            url.append(':').append(host.port());
        }
        return url.append(path.startsWith("/") ? "" : "/").append(path).toString();
    }

    /**
     * A host run into the text after it ({@code evil.comにアクセス}, {@code 例え.jpです}) ends where its last label
     * turns from ASCII to other letters, unless it is a whole internationalised name with a real top-level domain.
     */
    private static String cutBeforeText(String host) {
        if (isAscii(host) || DomainNames.normalised(host).filter(DomainNames::hasKnownTld).isPresent()) {
            return host;
        }
        for (int i = host.lastIndexOf('.') + 2; i < host.length(); i++) {
            if (host.charAt(i) >= 128 && host.charAt(i - 1) < 128) {
                return host.substring(0, i);
            }
        }
        return host;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
