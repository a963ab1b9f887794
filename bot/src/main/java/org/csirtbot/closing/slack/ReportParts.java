package org.csirtbot.closing.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * A long text cut into messages Slack shows whole: at most {@code max} characters each, cut between lines where it
 * can (trailing blank lines dropped), and at most {@code maxParts} of them; {@code cut} says whether text was left out.
 */
record ReportParts(List<String> parts, boolean cut) {

    static ReportParts of(String text, int max, int maxParts) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String piece : pieces(line, max)) {
                if (part.length() > 0 && part.length() + 1 + piece.length() > max) {
                    parts.add(part.toString().stripTrailing());
                    part.setLength(0);
                }
                if (part.length() > 0) {
                    part.append('\n');
                }
                part.append(piece);
            }
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString().stripTrailing());
        }
        boolean cut = parts.size() > maxParts;
        return new ReportParts(cut ? List.copyOf(parts.subList(0, maxParts)) : List.copyOf(parts), cut);
    }

    /** A line as it is, or in pieces of at most {@code max} characters, never splitting a surrogate pair. */
    private static List<String> pieces(String line, int max) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (line.length() - from > max) {
            int end = from + max;
            if (Character.isHighSurrogate(line.charAt(end - 1))) {
                end--;
            }
            pieces.add(line.substring(from, end));
            from = end;
        }
        pieces.add(line.substring(from));
        return pieces;
    }
}
