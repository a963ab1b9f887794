package org.csirtbot.playbooks.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Severity;
import org.csirtbot.playbooks.testing.BuiltIns;
import org.csirtbot.playbooks.testing.PlaybookWalks;
import org.csirtbot.playbooks.testing.Walked;
import org.junit.jupiter.api.Test;

/** The shared intake: its main path and what each answer changes. */
class CoreIntakeWalkTests {

    static final Playbook INTAKE = BuiltIns.playbook("core-intake");

    @Test
    void aHighSeverityIncidentWithPersonalDataBriefsManagementAndThePrivacyOfficer() {
        Walked walked = PlaybookWalks.of(INTAKE).choose("c5.classify", "s2")
                .with("__information_impact__", "privacy").walk();

        assertThat(walked.path()).containsExactly("c1.register", "c2.correlate=new", "c3.assign", "c4.preserve",
                "c5.classify=s2", "c6.declare=incident", "c7.brief_management", "c8.brief_privacy");
        assertThat(walked.state().severity()).isEqualTo(Severity.S2);
        assertThat(walked.state().disposition()).isEqualTo("confirmed");
        assertThat(walked.state().values()).containsEntry("__severity__", "s2").containsKey("__first_evidence__");
    }

    @Test
    void aMediumIncidentWithoutPersonalDataBriefsNobodyYet() {
        Walked walked = PlaybookWalks.of(INTAKE).choose("c5.classify", "s3").walk();

        assertThat(walked.passedOver()).containsExactly("c7.brief_management", "c8.brief_privacy");
        assertThat(walked.state().severity()).isEqualTo(Severity.S3);
    }

    @Test
    void aDuplicateEndsTheIntakeAtOnce() {
        Walked walked = PlaybookWalks.of(INTAKE).choose("c2.correlate", "duplicate")
                .with("__related_incident__", "INC-2025-0007").walk();

        assertThat(walked.path()).containsExactly("c1.register", "c2.correlate=duplicate");
        assertThat(walked.state().disposition()).isEqualTo("duplicate");
        assertThat(walked.state().values()).containsEntry("__related_incident__", "INC-2025-0007");
    }

    @Test
    void notAnIncidentEndsWithThatDisposition() {
        Walked walked = PlaybookWalks.of(INTAKE).choose("c6.declare", "not_incident").walk();

        assertThat(walked.state().disposition()).isEqualTo("not-an-incident");
        assertThat(walked.visited("c7.brief_management")).isFalse();
    }

    @Test
    void needingMoreInformationAsksTheReporterAndComesBackToTheDeclaration() {
        Walked walked = PlaybookWalks.of(INTAKE).choose("c6.declare", "need_info", "incident").walk();

        assertThat(walked.path()).containsSubsequence("c6.declare=need_info", "c6.ask", "c6.declare=incident");
        assertThat(walked.state().disposition()).isEqualTo("confirmed");
    }

    @Test
    void theFirstEvidenceMayBeWaivedOnlyWithAReason() {
        Walked walked = PlaybookWalks.of(INTAKE).choose("c4.preserve", "skip").walk();

        assertThat(walked.took("c4.preserve", "skip")).isTrue();
        assertThat(walked.state().history()).anySatisfy(h -> {
            assertThat(h.step()).isEqualTo("c4.preserve");
            assertThat(h.outcome()).isEqualTo("waived");
        });
    }
}
