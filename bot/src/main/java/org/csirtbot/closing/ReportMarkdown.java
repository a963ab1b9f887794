package org.csirtbot.closing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.csirtbot.metrics.IncidentTimes;
import org.springframework.context.MessageSource;

/**
 * Writing the post-incident report: its texts in one language, times in the organisation's zone, and people's text escaped so that
 * whatever they typed stays text (no heading, link, HTML or table cell of its own).
 */
final class ReportMarkdown {

    /** The organisation's time with seconds and its offset: the report is read by auditors and regulators. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss zzz '('xxx')'",
            Locale.ROOT);
    /** Characters that start Markdown syntax anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|~#])");
    /** What makes a line a list item or a heading underline when it starts one. */
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)([-+=])", Pattern.MULTILINE);
    /** What makes a line a numbered item when it starts one. */
    private static final Pattern NUMBER = Pattern.compile("^([ \\t]*\\d+)([.)])", Pattern.MULTILINE);

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    ReportMarkdown(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The text for {@code key}, or null when the bundles have none. */
    String textOrNull(String key, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }

    /**
     * A stored code by its label in the report's language ({@code prefix + code}: {@code severity.S2} is "S2 High"),
     * never the code itself in a sentence; the code as it is only when the bundles have no label for it.
     */
    String label(String prefix, Object code) {
        String label = code == null ? null : textOrNull(prefix + code);
        return label != null ? label : inline(code);
    }

    /** A moment in the organisation's zone: {@code 2026-12-07 14:05:09 JST (+09:00)}. */
    String at(Instant at) {
        return at == null ? "—" : AT.format(at.atZone(zone));
    }

    /** The zone the report's times are in. */
    ZoneId zone() {
        return zone;
    }

    /** A moment stored as ISO-8601 text (or an Instant), as the report writes times; as it is when not one. */
    String when(Object at) {
        Instant instant = IncidentTimes.instant(at);
        return at == null ? "—" : instant == null ? inline(at) : at(instant);
    }

    /** {@code 2 h 15 min}, {@code 1 d 0 h 5 min}, under a minute as such, unknown when null. */
    /** An ISO duration stored as text ({@code PT24H}) in the report's words; as it is when not one. */
    String isoDuration(Object iso) {
        try {
            return iso == null ? "—" : duration(Duration.parse(iso.toString()));
        } catch (DateTimeParseException notADuration) {
            return inline(iso);
        }
    }

    String duration(Duration d) {
        if (d == null) {
            return text("report.md.unknown");
        }
        if (d.toMinutes() == 0) {
            return text("report.md.duration.under-a-minute");
        }
        List<String> parts = new ArrayList<>();
        if (d.toDays() > 0) {
            parts.add(text("report.md.duration.days", String.valueOf(d.toDays())));
        }
        if (d.toHours() > 0) {
            parts.add(text("report.md.duration.hours", String.valueOf(d.toHoursPart())));
        }
        parts.add(text("report.md.duration.minutes", String.valueOf(d.toMinutesPart())));
        return String.join(" ", parts);
    }

    /** Someone's text on one line: escaped, line breaks kept as Markdown hard breaks within the same item. */
    static String inline(Object value) {
        String escaped = escape(value);
        return escaped.replace("\n", "\\\n  ");
    }

    /** Someone's text as a block quote, each line escaped. */
    static String quote(String text) {
        return "> " + escape(text).replace("\n", "\n> ");
    }

    /** A user ID or other identifier as code, so it is shown as it is, on one line whatever it holds. */
    static String code(String id) {
        return id == null ? "—" : "`" + id.replace("`", "'").replaceAll("\\p{Cntrl}", " ") + "`";
    }

    private static String escape(Object value) {
        String text = value == null ? "" : String.valueOf(value).replace("\r\n", "\n").replace('\r', '\n');
        text = INLINE.matcher(text).replaceAll("\\\\$1");
        text = BULLET.matcher(text).replaceAll("$1\\\\$2");
        return NUMBER.matcher(text).replaceAll("$1\\\\$2");
    }
}
