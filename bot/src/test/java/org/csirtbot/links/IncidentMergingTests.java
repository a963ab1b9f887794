package org.csirtbot.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.links.IncidentMerging.Refusal;
import org.csirtbot.metrics.IncidentMetricsTests;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;

/** Which incidents may be merged into which: open ones alike in restriction, legal hold and being an exercise. */
class IncidentMergingTests {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void twoOpenIncidentsAlikeMayBeMergedAndNothingElse() {
        Incident a = open("INC-2026-0001");
        Incident b = open("INC-2026-0002");

        assertThat(IncidentMerging.refusal(a, b)).isNull();
        assertThat(IncidentMerging.refusal(a, a)).isEqualTo(Refusal.ITSELF);
        assertThat(IncidentMerging.refusal(a, IncidentMetricsTests.withPhases("INC-2026-0003", Severity.S3,
                ReportCategory.OTHER, null, List.of(new Incident.Phase(IncidentStatus.CLOSED, T0, null)))))
                .isEqualTo(Refusal.CLOSED);
        assertThat(IncidentMerging.refusal(a, with(b, Tlp.RED, null, null))).isEqualTo(Refusal.RESTRICTED_MISMATCH);
        assertThat(IncidentMerging.refusal(with(a, Tlp.RED, null, null), b)).isEqualTo(Refusal.RESTRICTED_MISMATCH);
        assertThat(IncidentMerging.refusal(with(a, Tlp.RED, null, null), with(b, Tlp.RED, null, null))).isNull();
        Incident.Retention hold = new Incident.Retention(true, "litigation", "U1", T0);
        assertThat(IncidentMerging.refusal(a, with(b, Tlp.AMBER, hold, null))).isEqualTo(Refusal.LEGAL_HOLD_MISMATCH);
        assertThat(IncidentMerging.refusal(with(a, Tlp.AMBER, hold, null), with(b, Tlp.AMBER, hold, null))).isNull();
        Incident.Exercise drill = new Incident.Exercise("drill", 10, T0, null, false);
        assertThat(IncidentMerging.refusal(a, with(b, Tlp.AMBER, null, drill))).isEqualTo(Refusal.EXERCISE_MISMATCH);
        assertThat(IncidentMerging.refusal(with(a, Tlp.AMBER, null, drill), with(b, Tlp.AMBER, null, drill))).isNull();
    }

    private static Incident open(String id) {
        return IncidentMetricsTests.withPhases(id, Severity.S3, ReportCategory.OTHER, null,
                List.of(new Incident.Phase(IncidentStatus.INVESTIGATING, T0, null)));
    }

    private static Incident with(Incident i, Tlp tlp, Incident.Retention retention, Incident.Exercise exercise) {
        return new Incident(i.id(), i.title(), i.severity(), i.category(), tlp, i.confidential(), i.status(),
                i.commanderId(), i.declaredBy(), i.declaredAt(), i.beganAt(), i.reportIds(), i.inviteReporters(),
                i.room(), i.phases(), i.roles(), i.closure(), retention == null ? i.retention() : retention, exercise);
    }
}
