package org.csirtbot.incident.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.access.Decision;
import org.csirtbot.incident.access.Refusal;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.Texts;
import org.csirtbot.testkit.BotMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the matrix becomes for a person in Slack: who counts as a responder (the directory, a group's members too),
 * an executive (CSIRTBOT_EXECUTIVES) or a room member, and the polite refusal they read, in their language, the
 * action's own wording before the general one.
 */
class PermissionsTests {

    private static final String COMMANDER = "UCOMMAND1";
    private static final String RESPONDER = "URESPOND1";
    private static final String GROUP_MEMBER = "UGROUPED1";
    private static final String SCRIBE = "USCRIBE01";
    private static final String EXECUTIVE = "UEXEC0001";
    private static final String EMPLOYEE = "UEMPLOY01";

    private final Texts texts = new Texts(BotMessages.messages());
    private final Permissions permissions = new Permissions(() -> Set.of(COMMANDER, RESPONDER, GROUP_MEMBER),
            new CsirtbotProperties(null, null, List.of(), List.of(EXECUTIVE), Locale.ENGLISH, "pushpin"), texts);

    @Test
    void theCommanderMayAndAnotherResponderIsToldWhoMayInTheirLanguage() {
        Incident open = incident(Tlp.AMBER, false, IncidentStatus.INVESTIGATING);

        assertThat(permissions.refusal(COMMANDER, CsirtAction.CHANGE_SEVERITY, open, Locale.ENGLISH)).isNull();
        assertThat(permissions.refusal(RESPONDER, CsirtAction.CHANGE_SEVERITY, open, Locale.ENGLISH))
                .isEqualTo("Only the incident commander or deputy can do this.");
        assertThat(permissions.refusal(RESPONDER, CsirtAction.CHANGE_SEVERITY, open, Locale.JAPANESE))
                .isEqualTo("この操作はインシデントの指揮者または副指揮者のみが行えます。");
    }

    @Test
    void anActionsOwnRefusalIsShownBeforeTheGeneralOne() {
        Incident open = incident(Tlp.AMBER, false, IncidentStatus.INVESTIGATING);

        assertThat(permissions.refusal(EMPLOYEE, CsirtAction.ADD_NOTE, open, Locale.ENGLISH))
                .startsWith("Only CSIRT responders and the incident’s commander, deputy or scribe can add notes");
        assertThat(permissions.refusal(EMPLOYEE, CsirtAction.CLOSE, open, Locale.ENGLISH))
                .isEqualTo("Only the incident commander or deputy can do this.");
        assertThat(permissions.refusal(EMPLOYEE, CsirtAction.DECLARE, null, Locale.ENGLISH))
                .startsWith("Only CSIRT responders can declare incidents.");
    }

    @Test
    void aMemberOfTheRespondersGroupIsAResponderAndARoleHolderActsByTheRole() {
        Incident open = incident(Tlp.AMBER, false, IncidentStatus.INVESTIGATING);

        assertThat(permissions.refusal(GROUP_MEMBER, CsirtAction.ADD_NOTE, open, Locale.ENGLISH)).isNull();
        assertThat(permissions.refusal(SCRIBE, CsirtAction.ADD_NOTE, open, Locale.ENGLISH)).as("the scribe").isNull();
        assertThat(permissions.refusal(SCRIBE, CsirtAction.TRIAGE, open, Locale.ENGLISH))
                .startsWith("Triage is for CSIRT responders.");
    }

    @Test
    void aConfidentialIncidentIsReadInItsRoomOnly() {
        Incident confidential = incident(Tlp.AMBER, true, IncidentStatus.INVESTIGATING);

        assertThat(permissions.refusalInRoom(EMPLOYEE, CsirtAction.READ_INCIDENT, confidential, Locale.ENGLISH))
                .isNull();
        assertThat(permissions.refusal(EMPLOYEE, CsirtAction.READ_INCIDENT, confidential, Locale.ENGLISH))
                .isEqualTo("This incident is confidential; only its room members can see it.");
        assertThat(permissions.refusal(RESPONDER, CsirtAction.READ_INCIDENT, confidential, Locale.ENGLISH))
                .as("a responder outside the room").isNotNull();
    }

    @Test
    void aClosedIncidentChangesNoMoreAndNoUserIdIsNobody() {
        Incident closed = incident(Tlp.AMBER, false, IncidentStatus.CLOSED);

        assertThat(permissions.refusal(COMMANDER, CsirtAction.ADD_NOTE, closed, Locale.ENGLISH))
                .isEqualTo("This incident is closed; nothing can be changed any more.");
        assertThat(permissions.refusal(null, CsirtAction.DECLARE, null, Locale.ENGLISH))
                .startsWith("Only CSIRT responders can declare incidents.");
        assertThat(permissions.refusal(null, CsirtAction.CHANGE_STATUS, null, Locale.ENGLISH))
                .isEqualTo("This works only for an incident: use it in an incident room, or name the incident.");
    }

    @Test
    void executivesAreThoseConfiguredAndNobodyApprovesTheirOwnProposal() {
        Incident open = incident(Tlp.AMBER, false, IncidentStatus.INVESTIGATING);

        assertThat(permissions.refusalToApprove(EXECUTIVE, open, COMMANDER, true,
                Locale.ENGLISH)).isNull();
        assertThat(permissions.refusalToApprove(COMMANDER, open, RESPONDER, true,
                Locale.ENGLISH)).isEqualTo("This decision needs an executive’s approval.");
        assertThat(permissions.refusalToApprove(EXECUTIVE, open, EXECUTIVE, true,
                Locale.ENGLISH)).isEqualTo("You proposed this decision, so someone else must approve it.");
        assertThat(permissions.approval(SCRIBE, open, COMMANDER, false))
                .isEqualTo(Decision.refused(Refusal.NOT_AN_APPROVER));
    }

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalHasItsTextInBothLanguages(Refusal refusal) {
        String english = texts.get(Locale.ENGLISH, "refusal." + refusal.name());
        String japanese = texts.get(Locale.JAPANESE, "refusal." + refusal.name());

        assertThat(english).isNotBlank();
        assertThat(japanese).isNotBlank().isNotEqualTo(english);
    }

    private static Incident incident(Tlp tlp, boolean confidential, IncidentStatus status) {
        return new Incident("INC-2026-0001", "Phishing wave", Severity.S3, ReportCategory.PHISHING_MAIL, tlp,
                confidential, status, COMMANDER, COMMANDER, Instant.parse("2026-01-05T09:00:00Z"), null, List.of(),
                false, null, List.of(), List.of(new Incident.RoleHolder(IncidentRole.SCRIBE, SCRIBE,
                Instant.parse("2026-01-05T09:05:00Z"))), Incident.Closure.NONE, Incident.Retention.NONE);
    }
}
