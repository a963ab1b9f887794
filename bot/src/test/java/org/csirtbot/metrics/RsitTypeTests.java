package org.csirtbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;

/** The bot's categories in the ENISA / CSIRTs Network Reference Security Incident Taxonomy, and the counts by it. */
class RsitTypeTests {

    /** RSIT's classes and types as the playbook schema lists them (csirt-playbook-1.schema.json, $defs.rsit). */
    static final Set<String> RSIT = Set.of("abusive-content/spam", "malicious-code/infected-system",
            "intrusions/unprivileged-account-compromise", "intrusions/privileged-account-compromise",
            "availability/dos", "availability/ddos", "information-content-security/data-loss",
            "information-content-security/data-leak", "fraud/phishing", "other/other", "other/undetermined");

    @Test
    void eachCategoryHasItsClassAndType() {
        assertThat(RsitType.of(ReportCategory.PHISHING_MAIL)).hasToString("fraud/phishing");
        assertThat(RsitType.of(ReportCategory.SUSPICIOUS_LINK)).hasToString("fraud/phishing");
        assertThat(RsitType.of(ReportCategory.MALWARE)).hasToString("malicious-code/infected-system");
        assertThat(RsitType.of(ReportCategory.LOST_DEVICE)).hasToString("information-content-security/data-loss");
        assertThat(RsitType.of(ReportCategory.INFORMATION_LEAK)).hasToString("information-content-security/data-leak");
        assertThat(RsitType.of(ReportCategory.ACCOUNT_MISUSE)).hasToString("intrusions/unprivileged-account-compromise");
        assertThat(RsitType.of(ReportCategory.DOS)).hasToString("availability/dos");
        assertThat(RsitType.of(ReportCategory.OTHER)).hasToString("other/other");
        assertThat(Arrays.stream(ReportCategory.values()).map(c -> RsitType.of(c).toString()))
                .as("every one a class/type the taxonomy has").allMatch(RSIT::contains);
    }

    @Test
    void incidentsAreCountedByClassAndTypeInTheTaxonomysOrderWithEveryMappedTypeListed() {
        List<Incident> incidents = List.of(incident("A", ReportCategory.PHISHING_MAIL),
                incident("B", ReportCategory.SUSPICIOUS_LINK), incident("C", ReportCategory.LOST_DEVICE),
                incident("D", ReportCategory.INFORMATION_LEAK));

        Map<String, Map<String, Long>> counts = RsitType.count(incidents);

        assertThat(counts.keySet()).containsExactly("malicious-code", "intrusions", "availability",
                "information-content-security", "fraud", "other");
        assertThat(counts.get("fraud")).containsExactly(Map.entry("phishing", 2L));
        assertThat(counts.get("information-content-security")).containsEntry("data-loss", 1L)
                .containsEntry("data-leak", 1L).hasSize(2);
        assertThat(counts.get("malicious-code")).containsExactly(Map.entry("infected-system", 0L));
        assertThat(counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum())
                .isEqualTo(incidents.size());
        assertThat(RsitType.count(List.of()).values().stream().flatMap(m -> m.values().stream())
                .collect(Collectors.toSet())).containsExactly(0L);
    }

    private static Incident incident(String id, ReportCategory category) {
        return IncidentMetricsTests.withPhases(id, Severity.S3, category, null,
                List.of(new Incident.Phase(IncidentStatus.TRIAGE, Instant.EPOCH, null)));
    }
}
