package org.csirtbot.observables;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IPv4 and IPv6 addresses read strictly and written one way: IPv4 as four decimal octets 0-255 (leading zeros dropped,
 * {@code 010} is ten), IPv6 in the compressed canonical form of RFC 5952 (lower case, longest run of zero groups as
 * {@code ::}, an IPv4-mapped address as {@code ::ffff:192.0.2.1}).
 */
final class IpAddresses {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private IpAddresses() {
    }

    static Optional<String> ipv4(String written) {
        if (!DOTTED_QUAD.matcher(written).matches()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String octet : written.split("\\.")) {
            int value = Integer.parseInt(octet);
            if (value > 255) {
                return Optional.empty();
            }
            out.append(out.isEmpty() ? "" : ".").append(value);
        }
        return Optional.of(out.toString());
    }

    static Optional<String> ipv6(String written) {
        int[] groups = ipv6Groups(written);
        return groups == null ? Optional.empty() : Optional.of(canonical(groups));
    }

    /** The eight 16-bit groups, or null when {@code written} is not an IPv6 address. */
    private static int[] ipv6Groups(String written) {
        int gap = written.indexOf("::");
        if (gap >= 0 && written.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = gap < 0 ? groups(written, true) : groups(written.substring(0, gap), false);
        int[] tail = gap < 0 ? new int[0] : groups(written.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int present = head.length + tail.length;
        if (gap < 0 ? present != 8 : present > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        return all;
    }

    /** The groups of one side of {@code ::}; the last part of the address may be a dotted IPv4 (two groups). */
    private static int[] groups(String part, boolean mayEndInIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        String last = pieces[pieces.length - 1];
        boolean dotted = mayEndInIpv4 && last.contains(".");
        int[] out = new int[pieces.length + (dotted ? 1 : 0)];
        for (int i = 0; i < pieces.length - (dotted ? 1 : 0); i++) {
            if (!HEX_GROUP.matcher(pieces[i]).matches()) {
                return null;
            }
            out[i] = Integer.parseInt(pieces[i], 16);
        }
        if (dotted) {
            Optional<String> v4 = ipv4(last);
            if (v4.isEmpty()) {
                return null;
            }
            String[] octets = v4.get().split("\\.");
            out[out.length - 2] = Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]);
            out[out.length - 1] = Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]);
        }
        return out;
    }

    private static String canonical(int[] g) {
        if (g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff) {
            return "::ffff:" + (g[6] >> 8) + "." + (g[6] & 0xff) + "." + (g[7] >> 8) + "." + (g[7] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }
}
