package org.csirtbot.observables;

import java.net.IDN;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Domain names as they are written in text: labels of letters (Latin script, so {@code bücher.de} but not a name run
 * into Japanese text), digits and inner hyphens. Normalised to lower-case ASCII (IDN to punycode) without the
 * trailing dot.
 */
final class DomainNames {

    static final String LETTER_OR_DIGIT = "\\p{IsLatin}0-9";
    /** What a written name is made of; runs of it are cut into names by {@link #isDotted}. */
    static final Pattern NAME_CHARS = Pattern.compile("[" + LETTER_OR_DIGIT + ".-]+");
    private static final Pattern LABEL = Pattern.compile(
            "[" + LETTER_OR_DIGIT + "](?:[" + LETTER_OR_DIGIT + "-]{0,61}[" + LETTER_OR_DIGIT + "])?");

    private DomainNames() {
    }

    /**
     * Whether {@code written} is two or more labels of letters, digits and inner hyphens joined by single dots (the
     * last, the top-level domain, is checked afterwards by {@link #hasKnownTld}). Checked label by label, without a
     * repeated regex group, so a long run of dots in a pasted text cannot exhaust the stack.
     */
    static boolean isDotted(String written) {
        String[] labels = written.split("\\.", -1);
        return labels.length >= 2 && Arrays.stream(labels).allMatch(l -> LABEL.matcher(l).matches());
    }

    /** The host in ASCII lower case without a trailing dot, or empty when it is not a valid host name. */
    static Optional<String> normalised(String written) {
        String name = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
        if (name.isEmpty() || name.startsWith(".") || name.contains("..")) {
            return Optional.empty();
        }
        try {
            String ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return ascii.isEmpty() || ascii.length() > 253 ? Optional.empty() : Optional.of(ascii);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a normalised name has at least two labels and ends in a real top-level domain. */
    static boolean hasKnownTld(String ascii) {
        int dot = ascii.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String tld = ascii.substring(dot + 1);
        return (tld.startsWith("xn--") || tld.chars().allMatch(c -> c >= 'a' && c <= 'z')) && TopLevelDomains.isKnown(tld);
    }

    static String topLevel(String ascii) {
        return ascii.substring(ascii.lastIndexOf('.') + 1);
    }
}
