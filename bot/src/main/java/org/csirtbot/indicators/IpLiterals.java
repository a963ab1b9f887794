package org.csirtbot.indicators;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP addresses written one way: IPv4 in decimal without leading zeros, IPv6 as RFC 5952 writes it (lower case, the
 * longest run of zero groups as {@code ::}, an IPv4-mapped address as {@code ::ffff:192.0.2.1}); each with an optional
 * CIDR prefix. Nothing here resolves a name.
 */
final class IpLiterals {

    private static final Pattern V4 = Pattern.compile(
            "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");
    private static final Pattern V6 = Pattern.compile("([0-9a-fA-F:][0-9a-fA-F:.]{1,44})(?:/(\\d{1,3}))?");

    private IpLiterals() {
    }

    /** The IPv4 address (or network) as written here; null when it is none. */
    static String v4(String typed) {
        Matcher m = V4.matcher(typed);
        if (!m.matches()) {
            return null;
        }
        StringBuilder written = new StringBuilder();
        for (int group = 1; group <= 4; group++) {
            int octet = Integer.parseInt(m.group(group));
            if (octet > 255) {
                return null;
            }
            written.append(group > 1 ? "." : "").append(octet);
        }
        return withPrefix(written.toString(), m.group(5), 32);
    }

    /** The IPv6 address (or network) as RFC 5952 writes it; null when it is none. */
    static String v6(String typed) {
        Matcher m = V6.matcher(typed);
        if (!m.matches() || !m.group(1).contains(":")) {
            return null;
        }
        byte[] bytes;
        try {
            // a literal with a colon is parsed, never looked up
            InetAddress address = InetAddress.getByName(m.group(1));
            bytes = address instanceof Inet4Address v4 ? mapped(v4) : ((Inet6Address) address).getAddress();
        } catch (UnknownHostException | ClassCastException notAnAddress) {
            return null;
        }
        return withPrefix(isMapped(bytes) ? "::ffff:" + (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "."
                + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff) : compressed(bytes), m.group(2), 128);
    }

    private static byte[] mapped(Inet4Address v4) {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        System.arraycopy(v4.getAddress(), 0, bytes, 12, 4);
        return bytes;
    }

    /** An IPv4 address mapped into IPv6 ({@code ::ffff:0:0/96}). */
    private static boolean isMapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    private static String compressed(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int length = 0;
            while (i + length < 8 && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        StringBuilder written = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                written.append("::");
                i += bestLength - 1;
                continue;
            }
            if (written.length() > 0 && written.charAt(written.length() - 1) != ':') {
                written.append(':');
            }
            written.append(Integer.toHexString(groups[i]));
        }
        return written.toString();
    }

    private static String withPrefix(String address, String prefix, int max) {
        if (prefix == null) {
            return address;
        }
        int bits = Integer.parseInt(prefix);
        return bits <= max ? address + "/" + bits : null;
    }
}
