package org.csirtbot.closing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.LogEntry;
import org.springframework.context.MessageSource;

/**
 * Parts of the post-incident report for other reports built from an incident's log (the after-action report of an
 * exercise), so that both write decisions, log lines, times and people's text the same way.
 */
public final class ReportSections {

    private final ReportMarkdown md;
    private final TimelineLines timeline;
    private final ReportDecisions decisions;

    public ReportSections(MessageSource messages, Locale locale, ZoneId zone) {
        this.md = new ReportMarkdown(messages, locale, zone);
        this.timeline = new TimelineLines(md);
        this.decisions = new ReportDecisions(md);
    }

    /** The decisions section: each decision with options, choice, rationale and approval; playbook decisions too. */
    public void decisions(StringBuilder out, List<LogEntry> entries) {
        decisions.write(out, entries);
    }

    /** One log entry as a line of the report's timeline ({@code - time — who: what}). */
    public String line(LogEntry entry) {
        return timeline.line(entry);
    }

    public String duration(Duration d) {
        return md.duration(d);
    }

    /** Someone's text, escaped for Markdown, on one line. */
    public static String inline(Object text) {
        return ReportMarkdown.inline(text);
    }

    /** An identifier as code. */
    public static String code(String id) {
        return ReportMarkdown.code(id);
    }

    /** A moment in the report's zone, with its offset. */
    public String at(Instant at) {
        return md.at(at);
    }
}
