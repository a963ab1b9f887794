package org.csirtbot.slack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes user text safe to put into Slack mrkdwn and fit Block Kit limits. Escaping {@code &}, {@code <}
 * and {@code >} stops anyone pinging {@code @channel}, a group or a user, or disguising a link.
 */
public final class Mrkdwn {

    static final String ELLIPSIS = "…";
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    /** A user as slash-command text carries one: {@code <@U123|name>}, {@code <@U123>}, or the bare ID. */
    private static final Pattern USER_REFERENCE = Pattern.compile("<@([UW][A-Z0-9]{2,})(?:\\|[^>]*)?>|([UW][A-Z0-9]{2,})");

    private Mrkdwn() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A mention of a Slack user ID; anything else (a forged ID) is shown as escaped text, so it pings nobody. */
    public static String mention(String userId) {
        return userId != null && USER_ID.matcher(userId).matches() ? "<@" + userId + ">" : escape(userId);
    }

    /** The user ID that {@code token} names, as Slack writes a mention in command text, or the bare ID. */
    public static Optional<String> userIn(String token) {
        Matcher m = USER_REFERENCE.matcher(token == null ? "" : token.strip());
        return m.matches() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** Escapes, then cuts to at most {@code max} characters with an ellipsis (never inside an entity). */
    public static String escapeAndCut(String text, int max) {
        String escaped = escape(text);
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = max - ELLIPSIS.length();
        int amp = escaped.lastIndexOf('&', end);
        if (amp >= 0 && escaped.indexOf(';', amp) >= end) {
            end = amp;
        }
        if (end > 0 && Character.isHighSurrogate(escaped.charAt(end - 1))) {
            end--;
        }
        return escaped.substring(0, end) + ELLIPSIS;
    }

    /**
     * A person's own text given back as a block quote, every line quoted: escaped (so it mentions and links
     * nobody) and cut to {@code max} characters.
     */
    public static String quoted(String text, int max) {
        return ">" + escapeAndCut(text == null ? "" : text, max).replace("\n", "\n>");
    }

    /**
     * {@code label} escaped and cut to {@code max}, linked to {@code url} when it is a plain https address (from Slack,
     * such as a file's permalink); else the label alone, so a forged address links nowhere.
     */
    public static String link(String url, String label, int max) {
        String shown = escapeAndCut(label, max);
        if (url == null || !url.startsWith("https://") || url.matches(".*[\\s<>|&].*")) {
            return shown;
        }
        return "<" + url + "|" + shown + ">";
    }

    /** Cuts plain text to at most {@code max} characters with an ellipsis, never splitting a surrogate pair. */
    public static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** Undoes Slack's own escaping of slash-command text, so it is stored as the user typed it. */
    public static String unescape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A time Slack shows in each reader's own time zone; UTC where it cannot. */
    public static String when(Instant at) {
        if (at == null) {
            return "?";
        }
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + UTC.format(at) + ">";
    }
}
