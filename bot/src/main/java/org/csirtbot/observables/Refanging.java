package org.csirtbot.observables;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the ways people defang what they paste ({@code hxxps}, {@code [.]}, {@code (.)}, {@code {.}},
 * {@code [dot]}, {@code [@]}, {@code (@)}, {@code [at]}, {@code [:]}, {@code [://]}) and the fullwidth forms of
 * Japanese input ({@code ．＠：／} and fullwidth letters and digits), and drops zero-width characters put in to break a
 * link. Positions keep their order, so what comes first in the result came first in what was written.
 */
final class Refanging {

    private static final String OPEN = "[\\[({]\\s*";
    private static final String CLOSE = "\\s*[\\])}]";
    private static final Pattern TOKEN = Pattern.compile("(?i)"
            + "(?<slashes>" + OPEN + "://" + CLOSE + ")"
            + "|(?<colon>" + OPEN + "(?::|colon)" + CLOSE + ")"
            + "|(?<dot>[ \\t]*" + OPEN + "(?:\\.|dot)" + CLOSE + "[ \\t]*)"
            + "|(?<at>[ \\t]*" + OPEN + "(?:@|at)" + CLOSE + "[ \\t]*)"
            + "|(?<scheme>h(?:xx|\\*\\*)p(?=s?(?::|" + OPEN + ":)))");

    private Refanging() {
    }

    /** The text as it was meant, and which of its characters stood for a defanged one. */
    record Refanged(String text, BitSet defanged) {
    }

    static Refanged refang(String written) {
        String plain = widthFolded(written);
        Matcher m = TOKEN.matcher(plain);
        StringBuilder out = new StringBuilder(plain.length());
        BitSet defanged = new BitSet();
        int last = 0;
        while (m.find()) {
            out.append(plain, last, m.start());
            String replacement = replacement(m);
            if (m.group("scheme") == null) {
                defanged.set(out.length(), out.length() + replacement.length());
            }
            out.append(replacement);
            last = m.end();
        }
        out.append(plain, last, plain.length());
        return new Refanged(out.toString(), defanged);
    }

    private static String replacement(Matcher m) {
        if (m.group("slashes") != null) {
            return "://";
        }
        if (m.group("colon") != null) {
            return ":";
        }
        if (m.group("dot") != null) {
            return ".";
        }
        if (m.group("at") != null) {
            return "@";
        }
        return "http";
    }

    /** Fullwidth ASCII to ASCII, the ideographic space to a space, zero-width characters dropped. */
    private static String widthFolded(String written) {
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else if (c != '\u200B' && c != '\u2060' && c != '\uFEFF' && c != '\u00AD') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
