package org.csirtbot.closing;

import static org.csirtbot.closing.ReportMarkdown.code;
import static org.csirtbot.closing.ReportMarkdown.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.csirtbot.metrics.CsfRollup;

/**
 * The post-incident report's section by CSF 2.0 outcome (NIST SP 800-61r3): for each of {@link CsfRollup#OUTCOMES},
 * the playbook steps done, skipped and waived, each with the subcategories it carries.
 */
final class CsfLines {

    private final ReportMarkdown md;

    CsfLines(ReportMarkdown md) {
        this.md = md;
    }

    void write(StringBuilder out, CsfRollup rollup) {
        out.append("## ").append(md.text("report.md.csf")).append("\n\n");
        List<String> without = new ArrayList<>();
        rollup.outcomes().forEach((outcome, steps) -> {
            String name = md.text("report.md.csf.outcome", outcome, md.text("report.md.csf." + outcome));
            if (steps.done().isEmpty() && steps.skipped().isEmpty() && steps.waived().isEmpty()) {
                without.add(name);
                return;
            }
            out.append("### ").append(name).append("\n\n");
            item(out, "done", steps.done());
            item(out, "skipped", steps.skipped());
            item(out, "waived", steps.waived());
            out.append('\n');
        });
        if (!without.isEmpty()) {
            out.append(md.text("report.md.csf.without", String.join(", ", without))).append("\n\n");
        }
    }

    private void item(StringBuilder out, String how, List<CsfRollup.Step> steps) {
        out.append("- **").append(md.text("report.md.csf." + how)).append(":** ")
                .append(steps.isEmpty() ? "—" : steps.stream().map(s -> inline(s.name()) + " "
                        + code(String.join(", ", s.csf()))).collect(Collectors.joining("; ")))
                .append('\n');
    }
}
