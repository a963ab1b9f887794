package org.csirtbot.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.csirtbot.incident.Incident;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportStatus;

/**
 * How well the response went, beyond its times (NIST SP 800-61r3, CSF 2.0). Pure.
 *
 * @param regulators     {@code appiPreliminaryWithin3Days}, {@code appiPreliminaryWithin5Days} (the PPC's 速報: its
 *                       {@code appi_preliminary} clock met its target, or stopped before its hard deadline) and
 *                       {@code gdprWithin72Hours} ({@code gdpr_sa} met): over the clocks that ended in the period's incidents
 * @param byPlaybook     by playbook ID: steps escalated past their SLA, clocks past their target, mandatory steps waived
 * @param falsePositives the period's reports (drills left out) triaged as not an incident, over those triaged
 * @param severity       each incident's severity at declaration and now ({@code S3→S1}), and how many were raised,
 *                       lowered or left unchanged
 * @param csf            by CSF 2.0 outcome ({@link CsfRollup#OUTCOMES}): steps done, skipped and waived, all incidents
 */
public record ResponseMetrics(Map<String, Share> regulators, Map<String, PlaybookQuality> byPlaybook,
                              FalsePositives falsePositives, SeverityChanges severity, Map<String, CsfCount> csf) {

    public record Share(int n, int within, Double share) {
        static Share of(int n, int within) {
            return new Share(n, within, n == 0 ? null : (double) within / n);
        }
    }

    public record PlaybookQuality(int stepSlaBreaches, int clockBreaches, int waivedMandatorySteps) {
    }

    public record FalsePositives(int triaged, int dismissed, Double rate, Map<String, Share> byCategory) {
    }

    public record SeverityChanges(Map<String, Long> declaredToFinal, long raised, long lowered, long unchanged) {
    }

    public record CsfCount(int done, int skipped, int waived) {
    }

    static final String APPI_PRELIMINARY = "appi_preliminary";
    static final String GDPR = "gdpr_sa";

    static ResponseMetrics of(List<Incident> incidents, Map<String, IncidentFacts> facts, Map<String, CsfRollup> csf,
                              Collection<Report> reports, Predicate<Report> drill) {
        Map<String, Share> regulators = new LinkedHashMap<>();
        List<IncidentFacts.ClockEnd> appi = ends(facts, APPI_PRELIMINARY);
        List<IncidentFacts.ClockEnd> gdpr = ends(facts, GDPR);
        regulators.put("appiPreliminaryWithin3Days", Share.of(appi.size(), count(appi, IncidentFacts.ClockEnd::metTarget)));
        regulators.put("appiPreliminaryWithin5Days",
                Share.of(appi.size(), count(appi, IncidentFacts.ClockEnd::beforeHardDeadline)));
        regulators.put("gdprWithin72Hours", Share.of(gdpr.size(), count(gdpr, IncidentFacts.ClockEnd::metTarget)));
        return new ResponseMetrics(regulators, byPlaybook(facts.values()), falsePositives(reports, drill),
                severity(incidents, facts), csfCounts(csf.values()));
    }

    /** From report to triage (attached or dismissed), over the period's triaged reports, drills left out. */
    static TimeSummary timeToAcknowledge(Collection<Report> reports, Predicate<Report> drill) {
        return TimeSummary.of(triaged(reports, drill).stream().filter(r -> r.reportedAt() != null && r.closedAt() != null
                && !r.closedAt().isBefore(r.reportedAt())).map(r -> Duration.between(r.reportedAt(), r.closedAt())).toList());
    }

    private static List<Report> triaged(Collection<Report> reports, Predicate<Report> drill) {
        return reports.stream().filter(drill.negate()).filter(r -> r.status() != ReportStatus.OPEN).toList();
    }

    private static List<IncidentFacts.ClockEnd> ends(Map<String, IncidentFacts> facts, String clock) {
        return facts.values().stream().flatMap(f -> f.regulatorClocks().getOrDefault(clock, List.of()).stream()).toList();
    }

    private static <T> int count(Collection<T> items, Predicate<T> which) {
        return (int) items.stream().filter(which).count();
    }

    private static Map<String, PlaybookQuality> byPlaybook(Collection<IncidentFacts> facts) {
        Map<String, PlaybookQuality> out = new TreeMap<>();
        facts.forEach(f -> {
            f.stepSlaBreaches().forEach((p, n) -> out.merge(p, new PlaybookQuality(n, 0, 0), ResponseMetrics::sum));
            f.clockBreaches().forEach((p, n) -> out.merge(p, new PlaybookQuality(0, n, 0), ResponseMetrics::sum));
            f.waivedMandatory().forEach((p, n) -> out.merge(p, new PlaybookQuality(0, 0, n), ResponseMetrics::sum));
        });
        return out;
    }

    private static PlaybookQuality sum(PlaybookQuality a, PlaybookQuality b) {
        return new PlaybookQuality(a.stepSlaBreaches() + b.stepSlaBreaches(), a.clockBreaches() + b.clockBreaches(),
                a.waivedMandatorySteps() + b.waivedMandatorySteps());
    }

    private static FalsePositives falsePositives(Collection<Report> reports, Predicate<Report> drill) {
        List<Report> triaged = triaged(reports, drill);
        Predicate<Report> dismissed = r -> r.status() == ReportStatus.DISMISSED;
        Map<String, Share> byCategory = new TreeMap<>();
        triaged.stream().map(r -> r.category().code()).distinct().forEach(c -> {
            List<Report> of = triaged.stream().filter(r -> r.category().code().equals(c)).toList();
            byCategory.put(c, Share.of(of.size(), count(of, dismissed)));
        });
        Share all = Share.of(triaged.size(), count(triaged, dismissed));
        return new FalsePositives(all.n(), all.within(), all.share(), byCategory);
    }

    private static SeverityChanges severity(List<Incident> incidents, Map<String, IncidentFacts> facts) {
        Map<String, Long> pairs = new TreeMap<>();
        long[] moved = new long[3];
        for (Incident i : incidents) {
            String declared = facts.containsKey(i.id()) ? facts.get(i.id()).declaredSeverity() : null;
            if (declared == null || i.severity() == null) {
                continue;
            }
            String now = i.severity().name();
            pairs.merge(declared + "→" + now, 1L, Long::sum);
            int c = now.compareTo(declared); // S1 is the most severe: a smaller number is raised
            moved[c < 0 ? 0 : c > 0 ? 1 : 2]++;
        }
        return new SeverityChanges(pairs, moved[0], moved[1], moved[2]);
    }

    private static Map<String, CsfCount> csfCounts(Collection<CsfRollup> rollups) {
        Map<String, CsfCount> out = new LinkedHashMap<>();
        CsfRollup.OUTCOMES.forEach(o -> out.put(o, new CsfCount(
                sum(rollups, r -> r.outcomes().get(o).done().size()),
                sum(rollups, r -> r.outcomes().get(o).skipped().size()),
                sum(rollups, r -> r.outcomes().get(o).waived().size()))));
        return out;
    }

    private static int sum(Collection<CsfRollup> rollups, Function<CsfRollup, Integer> of) {
        return rollups.stream().mapToInt(of::apply).sum();
    }
}
