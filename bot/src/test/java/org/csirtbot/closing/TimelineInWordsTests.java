package org.csirtbot.closing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * No raw code inside a sentence of the post-incident report: every kind of log entry reads as a sentence of its own
 * in English and in Japanese, and the statuses, severities, roles and kinds in its data are shown by their labels in
 * the reader's language (issue 15: 「RPT-2026-000001 はすでに attached です。」 must not happen again).
 */
class TimelineInWordsTests {

    /** A code stored in a field of the entry's data, and the bundle key of its label. */
    record Coded(String field, String code, String label) {
    }

    private static final Map<LogKind, List<Coded>> CODED = Map.ofEntries(
            entry(LogKind.REPORTED, List.of(new Coded("category", "lost_device", "category.lost_device"))),
            entry(LogKind.DECLARED, List.of(new Coded("severity", "S2", "severity.S2"),
                    new Coded("category", "phishing_mail", "category.phishing_mail"))),
            entry(LogKind.REPORT_ATTACHED, List.of(new Coded("category", "account_misuse", "category.account_misuse"))),
            entry(LogKind.STATUS_CHANGED, List.of(new Coded("from", "post_incident", "status.post_incident"),
                    new Coded("to", "eradicating", "status.eradicating"))),
            entry(LogKind.CLOSED, List.of(new Coded("from", "post_incident", "status.post_incident"))),
            entry(LogKind.SEVERITY_CHANGED, List.of(new Coded("from", "S3", "severity.S3"),
                    new Coded("to", "S1", "severity.S1"))),
            entry(LogKind.ROLE_ASSIGNED, List.of(new Coded("role", "liaison", "report.md.role.liaison"))),
            entry(LogKind.ROLE_REMOVED, List.of(new Coded("role", "privacy", "report.md.role.privacy"))),
            entry(LogKind.PLAYBOOK_STARTED, List.of(new Coded("severity", "S1", "severity.S1"))),
            entry(LogKind.EXERCISE_INJECT_DELIVERED, List.of(
                    new Coded("kind", "regulator", "exercise.report.kind.regulator"))),
            entry(LogKind.COMMS_DRAFTED, List.of(new Coded("template", "customers", "comms.kind.customers"))),
            entry(LogKind.OUTSIDE_REQUEST_LOGGED, List.of(
                    new Coded("direction", "outgoing", "request.direction.outgoing"))),
            entry(LogKind.OUTSIDE_REQUEST_CHANGED, List.of(
                    new Coded("from", "acknowledged", "request.status.acknowledged"),
                    new Coded("to", "answered", "request.status.answered"))),
            entry(LogKind.INCIDENT_MERGED_INTO, List.of(new Coded("from", "containing", "status.containing"))),
            entry(LogKind.INCIDENT_REOPENED, List.of(new Coded("toStatus", "post_incident", "status.post_incident"))));

    private final ResourceBundleMessageSource messages = BotMessages.messages();

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyKindOfEntryReadsAsASentenceOfItsOwn(String language) {
        Locale locale = Locale.forLanguageTag(language);
        TimelineLines lines = new TimelineLines(new ReportMarkdown(messages, locale, ZoneId.of("Asia/Tokyo")));
        for (LogKind kind : LogKind.values()) {
            String line = lines.line(logged(kind, List.of()));
            // a kind without a sentence is shown as its code and its data, keys sorted: "kind_code: at: PT30M; …"
            assertThat(line).as(kind + " in " + language).doesNotContain(kind.code() + ": at: ")
                    .doesNotContain("{0}").doesNotContain("report.md.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void statusesSeveritiesRolesAndKindsAreShownByTheirLabels(String language) {
        Locale locale = Locale.forLanguageTag(language);
        TimelineLines lines = new TimelineLines(new ReportMarkdown(messages, locale, ZoneId.of("Asia/Tokyo")));
        CODED.forEach((kind, coded) -> {
            String line = lines.line(logged(kind, coded));
            for (Coded c : coded) {
                String label = messages.getMessage(c.label(), null, locale);
                assertThat(line).as(kind + " in " + language).contains(label);
                if (!label.contains(c.code())) {
                    assertThat(line).as(kind + " in " + language + ": raw " + c.code()).doesNotContain(c.code());
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theReportsTimesCarryTheirOffset(String language) {
        ReportMarkdown md = new ReportMarkdown(messages, Locale.forLanguageTag(language), ZoneId.of("Asia/Tokyo"));

        assertThat(md.at(Instant.parse("2026-12-07T14:05:09Z"))).isEqualTo("2026-12-07 23:05:09 JST (+09:00)");
    }

    private static LogEntry logged(LogKind kind, List<Coded> coded) {
        Map<String, Object> data = new HashMap<>(Map.of("text", "Blocked the sender", "reason", "Payroll affected",
                "playbook", "ransomware", "step", "p1.data", "version", 2, "comms", "COMMS-1", "request",
                "REQ-2026-0001", "inject", "press-call", "scenario", "ransomware-fileserver", "at", "PT30M"));
        coded.forEach(c -> data.put(c.field(), c.code()));
        return new LogEntry("INC-2026-0042", 7, Instant.parse("2026-03-02T09:15:00Z"), "U0CMDR001", kind.code(), data,
                null, null);
    }
}
