package org.csirtbot.observables;

/**
 * Whether a normalised IP address is reachable on the Internet: not private (RFC 1918, {@code fc00::/7}), shared
 * ({@code 100.64.0.0/10}), loopback, link-local or unspecified. Documentation ranges count as public.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(String ip) {
        String address = ip.contains("/") ? ip.substring(0, ip.indexOf('/')) : ip;
        if (address.startsWith("::ffff:") && address.contains(".")) {
            return isPublicV4(address.substring("::ffff:".length()));
        }
        return address.contains(":") ? isPublicV6(address) : isPublicV4(address);
    }

    private static boolean isPublicV4(String address) {
        String[] o = address.split("\\.");
        int a = Integer.parseInt(o[0]);
        int b = Integer.parseInt(o[1]);
        return !(a == 0 || a == 10 || a == 127 || a == 169 && b == 254 || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 168 || a == 100 && b >= 64 && b <= 127);
    }

    private static boolean isPublicV6(String address) {
        if (address.equals("::") || address.equals("::1")) {
            return false;
        }
        String first = address.startsWith(":") ? "0" : address.substring(0, address.indexOf(':'));
        int group = Integer.parseInt(first, 16);
        return (group & 0xfe00) != 0xfc00 && (group & 0xffc0) != 0xfe80;
    }
}
