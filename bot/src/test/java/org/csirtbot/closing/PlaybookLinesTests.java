package org.csirtbot.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.csirtbot.incident.LogKind;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.api.Test;

/** Playbook entries in the report's words, for what the golden file does not show; pure, no Spring context. */
class PlaybookLinesTests {

    private final PlaybookLines en = lines(Locale.ENGLISH);

    @Test
    void everyPlaybookKindHasASentenceOfItsOwnInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            PlaybookLines lines = lines(locale);
            for (LogKind kind : LogKind.PLAYBOOK_KINDS) {
                String sentence = lines.describe(kind, everyField());

                assertThat(sentence).as(locale + " " + kind).isNotNull().contains("`pb`")
                        .doesNotContain("{", kind.code(), "null");
            }
        }
    }

    @Test
    void theVariantsSayWhatHappened() {
        assertThat(en.describe(LogKind.CLOCK_BREACHED, Map.of("playbook", "pdb", "clock", "appi_preliminary",
                "deadline", "2026-03-09T10:00:00Z", "hard", true)))
                .isEqualTo("Playbook `pdb`: clock `appi_preliminary` missed its hard deadline 2026-03-09 10:00:00 UTC (+00:00)");
        assertThat(en.describe(LogKind.PLAYBOOK_ESCALATION, Map.of("playbook", "pdb", "step", "s1",
                "dueAt", "2026-03-02T09:00:00Z"))).isEqualTo("Playbook `pdb`: step `s1` overdue (due 2026-03-02 09:00:00 UTC (+00:00))");
        assertThat(en.describe(LogKind.PLAYBOOK_REMINDER, Map.of("playbook", "pdb", "step", "s1", "number", 3,
                "escalateTo", "im"))).isEqualTo("Playbook `pdb`: step `s1` still overdue, reminder 3, escalated to `im`");
        assertThat(en.describe(LogKind.PLAYBOOK_APPROVAL, Map.of("playbook", "pdb", "step", "s1", "verdict", "rejected",
                "comment", "Not *yet*"))).isEqualTo("Playbook `pdb`: step `s1` rejected: Not \\*yet\\*");
        assertThat(en.describe(LogKind.CLOCK_WARNING, Map.of("playbook", "pdb", "clock", "gdpr_sa",
                "deadline", "2026-03-05T10:00:00Z", "before", "P1D")))
                .isEqualTo("Playbook `pdb`: clock `gdpr_sa` deadline 2026-03-05 10:00:00 UTC (+00:00) is within 1 d 0 h 0 min");
    }

    @Test
    void manyFieldsAreCountedPastTheFifthAndLongValuesCut() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 7; i >= 1; i--) {
            fields.put("__f" + i + "__", "v" + i);
        }
        fields.put("__f1__", "a".repeat(200));

        String line = en.describe(LogKind.PLAYBOOK_STEP_COMPLETED, Map.of("playbook", "pb", "step", "s", "fields", fields));

        assertThat(line).startsWith("Playbook `pb`: step `s` done; recorded `__f1__` = " + "a".repeat(79) + "…; `__f2__` = v2")
                .endsWith("`__f5__` = v5; and 2 more").doesNotContain("__f6__");
    }

    private static Map<String, Object> everyField() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("playbook", "pb");
        d.put("step", "s1");
        d.put("clock", "c1");
        d.put("version", 1);
        d.put("severity", "S2");
        d.put("fields", Map.of("__x__", "1"));
        d.put("values", Map.of("__y__", "2"));
        d.put("reason", "r");
        d.put("option", "o");
        d.put("rationale", "why");
        d.put("verdict", "approved");
        d.put("comment", "ok");
        d.put("approvals", 1);
        d.put("needed", 2);
        d.put("dueAt", "2026-03-02T09:00:00Z");
        d.put("number", 1);
        d.put("startedAt", "2026-03-02T09:00:00Z");
        d.put("deadline", "2026-03-02T10:00:00Z");
        d.put("before", "PT30M");
        return d;
    }

    private static PlaybookLines lines(Locale locale) {
        return new PlaybookLines(new ReportMarkdown(BotMessages.messages(), locale, ZoneId.of("UTC")));
    }
}
