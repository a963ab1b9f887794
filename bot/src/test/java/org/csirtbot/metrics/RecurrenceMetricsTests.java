package org.csirtbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.Pap;
import org.csirtbot.indicators.Sighting;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;

/** Which of the period's incidents repeat an earlier one: by a shared indicator, or by category and affected system. */
class RecurrenceMetricsTests {

    static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

    final Incident earlier = incident("INC-1", ReportCategory.MALWARE, MAY);
    final Incident sameSystem = incident("INC-3", ReportCategory.MALWARE, JUNE);
    final Incident otherCategory = incident("INC-4", ReportCategory.DOS, JUNE);
    final Incident sharedIndicator = incident("INC-5", ReportCategory.PHISHING_MAIL, JUNE);
    final Incident both = incident("INC-6", ReportCategory.MALWARE, JUNE.plusSeconds(60));

    @Test
    void anIncidentRecursWhenItSharesAnIndicatorOrTheCategoryAndASystemWithAnEarlierOne() {
        Map<String, List<String>> systems = Map.of("INC-1", List.of("File server FS-01"),
                "INC-3", List.of(" file server fs-01 "), "INC-4", List.of("file server fs-01"),
                "INC-6", List.of("unknown", "file server fs-01"));
        Map<String, List<Sighting>> sightings = Map.of(
                "INC-5", List.of(seen("INC-5", JUNE), seen("INC-1", MAY)),
                "INC-6", List.of(seen("INC-6", JUNE), seen(null, MAY), seen("INC-99", MAY.minusSeconds(86400))));

        RecurrenceMetrics metrics = RecurrenceMetrics.of(List.of(sameSystem, otherCategory, sharedIndicator, both),
                List.of(earlier, sameSystem, otherCategory, sharedIndicator, both), systems, sightings);

        assertThat(metrics.incidents()).isEqualTo(4);
        assertThat(metrics.byCategoryAndSystem()).as("INC-3 and INC-6; INC-4's category differs").isEqualTo(2);
        assertThat(metrics.bySharedIndicator()).as("INC-5 with INC-1, INC-6 with a purged incident").isEqualTo(2);
        assertThat(metrics.recurring()).as("INC-6 counted once").isEqualTo(3);
        assertThat(metrics.share()).isEqualTo(0.75);
    }

    @Test
    void laterIncidentsExercisesPartnersAndUnknownSystemsAreNoRecurrence() {
        Map<String, List<String>> systems = Map.of("INC-1", List.of("unknown", ""), "INC-3", List.of("Unknown", " "),
                "INC-2", List.of("mail"));
        Map<String, List<Sighting>> sightings = Map.of("INC-1", List.of(seen("INC-1", MAY), seen("INC-3", JUNE),
                seen(null, MAY.minusSeconds(60)), exercise("INC-2", MAY.minusSeconds(60))));

        RecurrenceMetrics metrics = RecurrenceMetrics.of(List.of(earlier, sameSystem), List.of(earlier, sameSystem),
                systems, sightings);

        assertThat(metrics.recurring()).isZero();
        assertThat(metrics.share()).isEqualTo(0.0);
        assertThat(RecurrenceMetrics.of(List.of(), List.of(), Map.of(), Map.of()).share()).isNull();
    }

    private static Sighting seen(String incidentId, Instant at) {
        return new Sighting(incidentId == null ? "stix:partner" : incidentId, incidentId, null, at, at, "test",
                Tlp.AMBER, Pap.GREEN, false);
    }

    private static Sighting exercise(String incidentId, Instant at) {
        return new Sighting(incidentId, incidentId, null, at, at, "test", Tlp.AMBER, Pap.GREEN, true);
    }

    static Incident incident(String id, ReportCategory category, Instant declaredAt) {
        return new Incident(id, "t", Severity.S3, category, Tlp.AMBER, false, IncidentStatus.TRIAGE, "U1", "U1",
                declaredAt, null, List.of(), false, null,
                List.of(new Incident.Phase(IncidentStatus.TRIAGE, declaredAt, null)), List.of(),
                Incident.Closure.NONE, Incident.Retention.NONE);
    }
}
