package org.csirtbot.incident.slack;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Incident channel names within Slack's rules: lower case, no spaces or punctuation but {@code -} and
 * {@code _}, at most 80 characters. Letters of scripts without case (Japanese) are kept; where Slack
 * refuses them, {@link #ascii} gives a name of the ID alone.
 */
public final class ChannelNames {

    public static final int MAX = 80;

    private ChannelNames() {
    }

    /** {@code inc-2026-0007-<slug of the title>}. */
    static String forIncident(String incidentId, String title) {
        String base = incidentId.toLowerCase(Locale.ROOT);
        String slug = slug(title);
        if (slug.isEmpty()) {
            return base;
        }
        String name = base + "-" + slug;
        return trimDashes(name.codePointCount(0, name.length()) <= MAX ? name : firstCodePoints(name, MAX));
    }

    static String ascii(String incidentId) {
        return incidentId.toLowerCase(Locale.ROOT);
    }

    /** The same name with a number, for when the name is taken: {@code inc-2026-0007-x-2}. */
    static String numbered(String name, int n) {
        String suffix = "-" + n;
        return trimDashes(firstCodePoints(name, MAX - suffix.length())) + suffix;
    }

    static String slug(String title) {
        String normalized = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        normalized.codePoints().forEach(cp -> slug.append(allowed(cp) ? Character.toString(cp) : "-"));
        return trimDashes(slug.toString().replaceAll("-{2,}", "-"));
    }

    private static boolean allowed(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return Character.isLetterOrDigit(cp) && !Character.isUpperCase(cp) && !Character.isTitleCase(cp);
    }

    private static String firstCodePoints(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    private static String trimDashes(String s) {
        return s.replaceAll("^[-_]+|[-_]+$", "");
    }
}
