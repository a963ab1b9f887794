package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Refanging.Refanged;

/**
 * IPv6 addresses ({@code 2001:db8::1}, {@code fe80::1%eth0} without its zone, {@code 2001:db8::/32} with its prefix),
 * also after a label ({@code IPv6:2001:db8::1}). Times ({@code 12:30:45}) and MAC addresses have too few groups; a
 * two-group address must hold a digit ({@code fe80::1}, but not {@code dead::beef}, nor C++'s {@code std::vector}).
 */
final class Ipv6Scanner implements TextScanner {

    private static final Pattern RUN = Pattern.compile("(?<![0-9A-Za-z:.])([0-9A-Za-z:.]*:[0-9A-Za-z:.]*)"
            + "(?:/(\\d{1,3})(?![0-9A-Za-z]))?");
    private static final Pattern LABEL_BEFORE = Pattern.compile("^[^:]*[^0-9A-Fa-f:][^:]*:(?!:)|^[^:]{5,}:(?!:)");

    @Override
    public List<Found> scan(Refanged text) {
        List<Found> found = new ArrayList<>();
        Matcher m = RUN.matcher(text.text());
        while (m.find()) {
            String run = m.group(1);
            String address = run.replaceAll("\\.+$", "").replaceAll("(?<!:):$", "");
            String prefix = address.length() == run.length() ? m.group(2) : null;
            int start = m.start();
            Matcher label = LABEL_BEFORE.matcher(address);
            if (label.find()) {
                start += label.end();
                address = address.substring(label.end());
            }
            int from = start;
            address(address).ifPresent(ip -> found.add(new Found(from, m.end(),
                    new Observable(ObservableType.IPV6, ip + Ipv4Scanner.cidr(prefix, 128)))));
        }
        return found;
    }

    static Optional<String> address(String written) {
        long colons = written.chars().filter(c -> c == ':').count();
        long groups = written.split(":+").length - (written.startsWith(":") ? 1 : 0);
        boolean plausible = colons >= 2 && (groups >= 3 || written.chars().anyMatch(Character::isDigit));
        return plausible ? IpAddresses.ipv6(written) : Optional.empty();
    }
}
