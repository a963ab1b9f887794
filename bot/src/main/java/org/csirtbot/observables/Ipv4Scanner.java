package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Refanging.Refanged;

/**
 * IPv4 addresses, with a CIDR suffix kept ({@code 10.0.0.0/8}; a prefix over 32 is dropped). Four octets of 0-255
 * standing alone: {@code 1.2.3} and {@code 999.1.1.1} are not addresses, nor is a longer dotted number
 * ({@code 1.3.6.1.4.1}), one after a letter or a dot ({@code v1.2.3.4}, {@code Ver.1.2.3.4}), or one followed by a
 * hyphen and a letter, which is a version ({@code 10.0.0.1-beta}); {@code 10.0.0.1-10.0.0.9} is a range of two.
 */
final class Ipv4Scanner implements TextScanner {

    private static final Pattern ADDRESS = Pattern.compile("(?<![0-9A-Za-z.])(\\d{1,3}(?:\\.\\d{1,3}){3})"
            + "(?:/(\\d{1,3}))?(?![0-9A-Za-z])(?!\\.\\d)(?!-[A-Za-z])");

    @Override
    public List<Found> scan(Refanged text) {
        List<Found> found = new ArrayList<>();
        Matcher m = ADDRESS.matcher(text.text());
        while (m.find()) {
            String prefix = m.group(2);
            IpAddresses.ipv4(m.group(1)).ifPresent(ip -> found.add(new Found(m.start(), m.end(),
                    new Observable(ObservableType.IPV4, ip + cidr(prefix, 32)))));
        }
        return found;
    }

    /** {@code /n} for a prefix length up to {@code max}, else nothing. */
    static String cidr(String prefix, int max) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        int length = Integer.parseInt(prefix);
        return length <= max ? "/" + length : "";
    }
}
