package org.csirtbot.indicators;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Permissible Actions Protocol: what those who hold an indicator may do with it, from anything (CLEAR) to passive
 * checks on their own logs only (RED). Stricter levels come later, so the strictest of several is the greatest.
 */
public enum Pap {
    /** No restrictions (PAP:WHITE before). */
    CLEAR,
    /** Active actions allowed: ping, block, configure a honeypot to interact with it. */
    GREEN,
    /** Passive cross-checks: lookups in outside services (such as VirusTotal), a monitoring honeypot. */
    AMBER,
    /** Non-detectable actions only: passive checks on one's own logs; never looked up outside. */
    RED;

    /** {@code PAP:AMBER}. */
    public String label() {
        return "PAP:" + name();
    }

    /** A level as people type it, in any case, with or without {@code PAP:}; {@code white} is CLEAR. */
    public static Optional<Pap> named(String typed) {
        String name = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        String level = name.startsWith("PAP:") ? name.substring(4) : name;
        return Arrays.stream(values()).filter(p -> p.name().equals(level.equals("WHITE") ? "CLEAR" : level))
                .findFirst();
    }

    public static Pap stricter(Pap a, Pap b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
