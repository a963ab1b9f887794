package org.csirtbot.incident.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.report.ReportCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The authorization matrix, cell by cell. */
class AuthorizationTests {

    private static final String COMMANDER_ID = "U_COMMANDER";
    /** The cells of the matrix, as the README's "Guarantees" state it: 8 kinds of actor, 20 actions, 5 states. */
    static final int CELLS = 800;

    private final Authorization authorization = new Authorization();

    /**
     * Every actor kind, action and incident state. A cell is ALLOWED or the refusal. Scribe, approver, executive
     * and room member are not responders, so their rows show what that one thing alone grants.
     */
    private static final String MATRIX = """
            # actor     action           NONE             OPEN                    CONFIDENTIAL            RED                     CLOSED
            EMPLOYEE    REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            RESPONDER   REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            COMMANDER   REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            DEPUTY      REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            SCRIBE      REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            APPROVER    REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            EXECUTIVE   REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            ROOM_MEMBER REPORT           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED

            EMPLOYEE    TRIAGE           NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            RESPONDER   TRIAGE           ALLOWED          ALLOWED                 CONFIDENTIAL            CONFIDENTIAL            INCIDENT_CLOSED
            COMMANDER   TRIAGE           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      TRIAGE           ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      TRIAGE           NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            APPROVER    TRIAGE           NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            EXECUTIVE   TRIAGE           NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            ROOM_MEMBER TRIAGE           NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER

            EMPLOYEE    DECLARE          NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            RESPONDER   DECLARE          ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            COMMANDER   DECLARE          ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            DEPUTY      DECLARE          ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            SCRIBE      DECLARE          NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            APPROVER    DECLARE          NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            EXECUTIVE   DECLARE          NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            ROOM_MEMBER DECLARE          NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER

            EMPLOYEE    CHANGE_SEVERITY  NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            RESPONDER   CHANGE_SEVERITY  NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            COMMANDER   CHANGE_SEVERITY  NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      CHANGE_SEVERITY  NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      CHANGE_SEVERITY  NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            APPROVER    CHANGE_SEVERITY  NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            EXECUTIVE   CHANGE_SEVERITY  NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            ROOM_MEMBER CHANGE_SEVERITY  NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY

            EMPLOYEE    CHANGE_STATUS    NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            RESPONDER   CHANGE_STATUS    NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            COMMANDER   CHANGE_STATUS    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      CHANGE_STATUS    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      CHANGE_STATUS    NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            APPROVER    CHANGE_STATUS    NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            EXECUTIVE   CHANGE_STATUS    NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            ROOM_MEMBER CHANGE_STATUS    NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY

            EMPLOYEE    ASSIGN_ROLE      NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            RESPONDER   ASSIGN_ROLE      NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            COMMANDER   ASSIGN_ROLE      NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      ASSIGN_ROLE      NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      ASSIGN_ROLE      NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            APPROVER    ASSIGN_ROLE      NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            EXECUTIVE   ASSIGN_ROLE      NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            ROOM_MEMBER ASSIGN_ROLE      NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY

            EMPLOYEE    ADD_NOTE         NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            RESPONDER   ADD_NOTE         NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            COMMANDER   ADD_NOTE         NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      ADD_NOTE         NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      ADD_NOTE         NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            APPROVER    ADD_NOTE         NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            EXECUTIVE   ADD_NOTE         NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            ROOM_MEMBER ADD_NOTE         NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER

            EMPLOYEE    DECIDE           NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            RESPONDER   DECIDE           NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            COMMANDER   DECIDE           NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      DECIDE           NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      DECIDE           NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            APPROVER    DECIDE           NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            EXECUTIVE   DECIDE           NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            ROOM_MEMBER DECIDE           NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY

            EMPLOYEE    APPROVE          NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            RESPONDER   APPROVE          NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            COMMANDER   APPROVE          NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            DEPUTY      APPROVE          NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            SCRIBE      APPROVE          NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            APPROVER    APPROVE          NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            EXECUTIVE   APPROVE          NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            ROOM_MEMBER APPROVE          NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER

            EMPLOYEE    CLOSE            NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            RESPONDER   CLOSE            NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            COMMANDER   CLOSE            NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      CLOSE            NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      CLOSE            NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            APPROVER    CLOSE            NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            EXECUTIVE   CLOSE            NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            ROOM_MEMBER CLOSE            NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY

            EMPLOYEE    READ_INCIDENT    NO_INCIDENT      NOT_A_RESPONDER         CONFIDENTIAL            CONFIDENTIAL            NOT_A_RESPONDER
            RESPONDER   READ_INCIDENT    NO_INCIDENT      ALLOWED                 CONFIDENTIAL            CONFIDENTIAL            ALLOWED
            COMMANDER   READ_INCIDENT    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            DEPUTY      READ_INCIDENT    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            SCRIBE      READ_INCIDENT    NO_INCIDENT      NOT_A_RESPONDER         CONFIDENTIAL            CONFIDENTIAL            NOT_A_RESPONDER
            APPROVER    READ_INCIDENT    NO_INCIDENT      NOT_A_RESPONDER         CONFIDENTIAL            CONFIDENTIAL            NOT_A_RESPONDER
            EXECUTIVE   READ_INCIDENT    NO_INCIDENT      NOT_A_RESPONDER         CONFIDENTIAL            CONFIDENTIAL            NOT_A_RESPONDER
            ROOM_MEMBER READ_INCIDENT    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED

            EMPLOYEE    LEGAL_HOLD       NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            RESPONDER   LEGAL_HOLD       NO_INCIDENT      ALLOWED                 CONFIDENTIAL            CONFIDENTIAL            ALLOWED
            COMMANDER   LEGAL_HOLD       NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            DEPUTY      LEGAL_HOLD       NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            SCRIBE      LEGAL_HOLD       NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            APPROVER    LEGAL_HOLD       NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            EXECUTIVE   LEGAL_HOLD       NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            ROOM_MEMBER LEGAL_HOLD       NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER

            EMPLOYEE    RUN_PLAYBOOK     NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            RESPONDER   RUN_PLAYBOOK     NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            COMMANDER   RUN_PLAYBOOK     NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      RUN_PLAYBOOK     NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      RUN_PLAYBOOK     NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            APPROVER    RUN_PLAYBOOK     NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            EXECUTIVE   RUN_PLAYBOOK     NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            ROOM_MEMBER RUN_PLAYBOOK     NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY

            EMPLOYEE    WORK_PLAYBOOK    NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            RESPONDER   WORK_PLAYBOOK    NO_INCIDENT      ALLOWED                 CONFIDENTIAL            CONFIDENTIAL            INCIDENT_CLOSED
            COMMANDER   WORK_PLAYBOOK    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      WORK_PLAYBOOK    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      WORK_PLAYBOOK    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            APPROVER    WORK_PLAYBOOK    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            EXECUTIVE   WORK_PLAYBOOK    NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            ROOM_MEMBER WORK_PLAYBOOK    NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER

            EMPLOYEE    POST_UPDATE      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            RESPONDER   POST_UPDATE      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            COMMANDER   POST_UPDATE      NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      POST_UPDATE      NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      POST_UPDATE      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            APPROVER    POST_UPDATE      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            EXECUTIVE   POST_UPDATE      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            ROOM_MEMBER POST_UPDATE      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS

            EMPLOYEE    DRAFT_COMMS      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            RESPONDER   DRAFT_COMMS      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            COMMANDER   DRAFT_COMMS      NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      DRAFT_COMMS      NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      DRAFT_COMMS      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            APPROVER    DRAFT_COMMS      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            EXECUTIVE   DRAFT_COMMS      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS
            ROOM_MEMBER DRAFT_COMMS      NO_INCIDENT      NOT_COMMS               NOT_COMMS               NOT_COMMS               NOT_COMMS

            EMPLOYEE    APPROVE_COMMS    NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            RESPONDER   APPROVE_COMMS    NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            COMMANDER   APPROVE_COMMS    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      APPROVE_COMMS    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      APPROVE_COMMS    NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            APPROVER    APPROVE_COMMS    NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            EXECUTIVE   APPROVE_COMMS    NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER
            ROOM_MEMBER APPROVE_COMMS    NO_INCIDENT      NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER         NOT_AN_APPROVER

            EMPLOYEE    CLASSIFY         NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            RESPONDER   CLASSIFY         NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            COMMANDER   CLASSIFY         NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      CLASSIFY         NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      CLASSIFY         NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            APPROVER    CLASSIFY         NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            EXECUTIVE   CLASSIFY         NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY
            ROOM_MEMBER CLASSIFY         NO_INCIDENT      NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY NOT_COMMANDER_OR_DEPUTY

            EMPLOYEE    TRACK_INDICATORS NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            RESPONDER   TRACK_INDICATORS ALLOWED          ALLOWED                 CONFIDENTIAL            CONFIDENTIAL            INCIDENT_CLOSED
            COMMANDER   TRACK_INDICATORS ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            DEPUTY      TRACK_INDICATORS ALLOWED          ALLOWED                 ALLOWED                 ALLOWED                 INCIDENT_CLOSED
            SCRIBE      TRACK_INDICATORS NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            APPROVER    TRACK_INDICATORS NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            EXECUTIVE   TRACK_INDICATORS NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            ROOM_MEMBER TRACK_INDICATORS NOT_A_RESPONDER  NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER

            EMPLOYEE    LIAISE           NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            RESPONDER   LIAISE           NO_INCIDENT      ALLOWED                 CONFIDENTIAL            CONFIDENTIAL            ALLOWED
            COMMANDER   LIAISE           NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            DEPUTY      LIAISE           NO_INCIDENT      ALLOWED                 ALLOWED                 ALLOWED                 ALLOWED
            SCRIBE      LIAISE           NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            APPROVER    LIAISE           NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            EXECUTIVE   LIAISE           NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            ROOM_MEMBER LIAISE           NO_INCIDENT      NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER         NOT_A_RESPONDER
            """;

    /** Who is acting. Scribe, approver, executive and room member are not responders. */
    enum Kind {
        EMPLOYEE(new Actor("U_EMPLOYEE", false, false, Set.of(), false)),
        RESPONDER(new Actor("U_RESPONDER", true, false, Set.of(), false)),
        /** The incident's {@code commanderId}; no role given in the actor. */
        COMMANDER(new Actor(COMMANDER_ID, true, false, Set.of(), false)),
        DEPUTY(new Actor("U_DEPUTY", true, false, Set.of(IncidentRole.DEPUTY), false)),
        SCRIBE(new Actor("U_SCRIBE", false, false, Set.of(IncidentRole.SCRIBE), false)),
        APPROVER(new Actor("U_APPROVER", false, false, Set.of(IncidentRole.APPROVER), false)),
        EXECUTIVE(new Actor("U_EXECUTIVE", false, true, Set.of(), false)),
        ROOM_MEMBER(new Actor("U_ROOM_MEMBER", false, false, Set.of(), true));

        final Actor actor;

        Kind(Actor actor) {
            this.actor = actor;
        }
    }

    /** The incident at hand, in the order of the matrix's columns. */
    enum State {
        NONE, OPEN, CONFIDENTIAL, RED, CLOSED;

        Incident incident() {
            return switch (this) {
                case NONE -> null;
                case OPEN -> incidentWith(Tlp.AMBER, false, IncidentStatus.INVESTIGATING);
                case CONFIDENTIAL -> incidentWith(Tlp.AMBER, true, IncidentStatus.INVESTIGATING);
                case RED -> incidentWith(Tlp.RED, false, IncidentStatus.CONTAINING);
                case CLOSED -> incidentWith(Tlp.AMBER, false, IncidentStatus.CLOSED);
            };
        }
    }

    static Stream<Arguments> matrix() {
        return rows().flatMap(row -> IntStream.range(0, State.values().length).mapToObj(column -> Arguments.of(
                Kind.valueOf(row.get(0)), CsirtAction.valueOf(row.get(1)), State.values()[column],
                row.get(2 + column))));
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @MethodSource("matrix")
    void decidesEachCellOfTheMatrix(Kind kind, CsirtAction action, State state, String expected) {
        Decision decision = authorization.decide(kind.actor, action, state.incident());

        assertThat(decision).hasToString(expected(expected));
    }

    @Test
    void theMatrixHasOneRowForEveryActorAndActionAndACellForEveryState() {
        List<List<String>> rows = rows().toList();

        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(2 + State.values().length));
        assertThat(rows.size() * State.values().length).as("cells checked, the README's figure").isEqualTo(CELLS);
        assertThat(matrix()).hasSize(CELLS);
        assertThat(rows.stream().map(row -> row.get(0) + " " + row.get(1)))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Kind.values())
                        .flatMap(kind -> Arrays.stream(CsirtAction.values()).map(action -> kind + " " + action))
                        .collect(Collectors.toList()));
    }

    @Test
    void nobodyApprovesADecisionTheyProposed() {
        Incident open = State.OPEN.incident();
        Actor approver = Kind.APPROVER.actor;
        Actor executive = Kind.EXECUTIVE.actor;

        assertThat(authorization.approve(approver, open, approver.userId(), false))
                .isEqualTo(Decision.refused(Refusal.OWN_PROPOSAL));
        assertThat(authorization.approve(executive, open, executive.userId(), true))
                .isEqualTo(Decision.refused(Refusal.OWN_PROPOSAL));
        assertThat(authorization.approve(approver, open, COMMANDER_ID, false)).isEqualTo(Decision.ALLOWED);
        assertThat(authorization.approve(executive, open, COMMANDER_ID, true)).isEqualTo(Decision.ALLOWED);
    }

    /** One decision, proposed by the commander: approvers approve ordinary ones, executives those that need them. */
    @ParameterizedTest(name = "{0} approves, needs an executive {1}: open {2}, closed {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EMPLOYEE    | false | NOT_AN_APPROVER  | NOT_AN_APPROVER
            EMPLOYEE    | true  | NOT_AN_EXECUTIVE | NOT_AN_EXECUTIVE
            RESPONDER   | false | NOT_AN_APPROVER  | NOT_AN_APPROVER
            RESPONDER   | true  | NOT_AN_EXECUTIVE | NOT_AN_EXECUTIVE
            COMMANDER   | false | NOT_AN_APPROVER  | NOT_AN_APPROVER
            COMMANDER   | true  | NOT_AN_EXECUTIVE | NOT_AN_EXECUTIVE
            DEPUTY      | false | NOT_AN_APPROVER  | NOT_AN_APPROVER
            DEPUTY      | true  | NOT_AN_EXECUTIVE | NOT_AN_EXECUTIVE
            SCRIBE      | false | NOT_AN_APPROVER  | NOT_AN_APPROVER
            SCRIBE      | true  | NOT_AN_EXECUTIVE | NOT_AN_EXECUTIVE
            APPROVER    | false | ALLOWED          | INCIDENT_CLOSED
            APPROVER    | true  | NOT_AN_EXECUTIVE | NOT_AN_EXECUTIVE
            EXECUTIVE   | false | NOT_AN_APPROVER  | NOT_AN_APPROVER
            EXECUTIVE   | true  | ALLOWED          | INCIDENT_CLOSED
            ROOM_MEMBER | false | NOT_AN_APPROVER  | NOT_AN_APPROVER
            ROOM_MEMBER | true  | NOT_AN_EXECUTIVE | NOT_AN_EXECUTIVE
            """)
    void approvesOneDecision(Kind kind, boolean needsExecutive, String open, String closed) {
        assertThat(authorization.approve(kind.actor, State.OPEN.incident(), COMMANDER_ID, needsExecutive))
                .hasToString(expected(open));
        assertThat(authorization.approve(kind.actor, State.CLOSED.incident(), COMMANDER_ID, needsExecutive))
                .hasToString(expected(closed));
    }

    @Test
    void theCommanderRoleInTheActorCountsLikeTheIncidentsCommanderId() {
        Actor handedOver = new Actor("U_NEW_COMMANDER", true, false, Set.of(IncidentRole.COMMANDER), false);

        assertThat(authorization.decide(handedOver, CsirtAction.CLOSE, State.OPEN.incident()))
                .isEqualTo(Decision.ALLOWED);
        assertThat(authorization.decide(handedOver, CsirtAction.READ_INCIDENT, State.RED.incident()))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void amberStrictIsReadLikeRedAndAClosedConfidentialIncidentStaysConfidential() {
        Incident amberStrict = incidentWith(Tlp.AMBER_STRICT, false, IncidentStatus.INVESTIGATING);
        Incident closedConfidential = incidentWith(Tlp.GREEN, true, IncidentStatus.CLOSED);

        assertThat(authorization.decide(Kind.RESPONDER.actor, CsirtAction.READ_INCIDENT, amberStrict))
                .isEqualTo(Decision.refused(Refusal.CONFIDENTIAL));
        assertThat(authorization.decide(Kind.RESPONDER.actor, CsirtAction.READ_INCIDENT, closedConfidential))
                .isEqualTo(Decision.refused(Refusal.CONFIDENTIAL));
        assertThat(authorization.decide(Kind.ROOM_MEMBER.actor, CsirtAction.READ_INCIDENT, closedConfidential))
                .isEqualTo(Decision.ALLOWED);
    }

    private static String expected(String cell) {
        return cell.equals("ALLOWED") ? "ALLOWED" : "REFUSED:" + cell;
    }

    private static Stream<List<String>> rows() {
        return MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> List.of(line.split("\\s+")));
    }

    private static Incident incidentWith(Tlp tlp, boolean confidential, IncidentStatus status) {
        return new Incident("INC-2026-0001", "Phishing wave", Severity.S3, ReportCategory.PHISHING_MAIL, tlp,
                confidential, status, COMMANDER_ID, "U_RESPONDER", Instant.parse("2026-01-05T09:00:00Z"), null,
                List.of("RPT-2026-000001"), false, null, List.of(), List.of(), Incident.Closure.NONE,
                Incident.Retention.NONE);
    }
}
