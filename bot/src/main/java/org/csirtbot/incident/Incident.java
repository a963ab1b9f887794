package org.csirtbot.incident;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csirtbot.report.ReportCategory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An incident: what it is, when it began if anyone knows ({@code beganAt}, else null), how bad, who commands it and who holds its other roles, its room once opened, the
 * phases it went through, what closing recorded and whether it is under legal hold.
 */
public record Incident(
        String id,
        String title,
        Severity severity,
        ReportCategory category,
        Tlp tlp,
        boolean confidential,
        IncidentStatus status,
        String commanderId,
        String declaredBy,
        Instant declaredAt,
        Instant beganAt,
        List<String> reportIds,
        boolean inviteReporters,
        Room room,
        List<Phase> phases,
        List<RoleHolder> roles,
        Closure closure,
        Retention retention,
        @JsonProperty("exercise") Exercise exercise) {

    /** A real incident, or one read before exercises existed: no {@link Exercise}. */
    public Incident(String id, String title, Severity severity, ReportCategory category, Tlp tlp, boolean confidential,
                    IncidentStatus status, String commanderId, String declaredBy, Instant declaredAt, Instant beganAt,
                    List<String> reportIds, boolean inviteReporters, Room room, List<Phase> phases,
                    List<RoleHolder> roles, Closure closure, Retention retention) {
        this(id, title, severity, category, tlp, confidential, status, commanderId, declaredBy, declaredAt, beganAt,
                reportIds, inviteReporters, room, phases, roles, closure, retention, null);
    }

    /**
     * The tabletop exercise this incident stands for: its scenario, the pace of its clock (scenario minutes per real
     * minute), when it started and ended (null while it runs), and whether it may reach the executives.
     */
    public record Exercise(String scenarioId, int pace, Instant startedAt, Instant endedAt, boolean execChannel) {
    }

    /**
     * Whether this is a tabletop exercise rather than a real incident; not a property of its own in the API, where
     * {@code exercise} says which (hence the explicit name on the component, which the ignoral would otherwise hide).
     */
    @JsonIgnore
    public boolean isExercise() {
        return exercise != null;
    }

    /** Whether alerts and approval requests may reach the executives: always for a real incident. */
    public boolean reachesExecutives() {
        return exercise == null || exercise.execChannel();
    }

    /** A lifecycle phase the incident was in, oldest first; {@code endedAt} is null while it still is. */
    public record Phase(IncidentStatus phase, Instant startedAt, Instant endedAt) {
    }

    /** The incident's Slack room; fields are null until that step of opening it is done. */
    public record Room(String channelId, String channelName, boolean isPrivate, List<String> invited,
                       boolean topicSet, String summaryTs, boolean summaryPinned) {
    }

    /** Someone holding a role other than commander (that is {@link #commanderId()}), since when. */
    public record RoleHolder(IncidentRole role, String userId, Instant since) {
    }

    /**
     * What closing recorded: the lessons-learned answers by question ID (empty until answered), and when the
     * room was archived (null until it is).
     */
    public record Closure(Map<String, String> lessons, Instant archivedAt) {

        public static final Closure NONE = new Closure(Map.of(), null);
    }

    /**
     * Legal hold: while set, nothing of the incident is purged, whatever the retention period says; the reason, who and
     * when are those of the last change (set or release). {@code purgedAt} and {@code purgeRule} say when and under
     * which rule its details were purged after its retention period, null until then.
     */
    public record Retention(boolean legalHold, String holdReason, String holdBy, Instant holdSince,
                            Instant purgedAt, String purgeRule) {

        public static final Retention NONE = new Retention(false, null, null, null);

        public Retention(boolean legalHold, String holdReason, String holdBy, Instant holdSince) {
            this(legalHold, holdReason, holdBy, holdSince, null, null);
        }

        public boolean purged() {
            return purgedAt != null;
        }
    }

    /** This incident with severity {@code to}: as a severity change left it, whatever changed after. */
    Incident withSeverity(Severity to) {
        return new Incident(id, title, to, category, tlp, confidential, status, commanderId, declaredBy, declaredAt,
                beganAt, reportIds, inviteReporters, room, phases, roles, closure, retention, exercise);
    }

    /** Confidential incidents and TLP AMBER+STRICT or RED get a private room. */
    public boolean needsPrivateRoom() {
        return restricted();
    }

    /**
     * Confidential, or TLP AMBER+STRICT or RED: read only by its room, and through the API only by a client with the
     * scope {@code read:restricted}. The one definition of "restricted"; not a property of the API's incident.
     */
    public boolean restricted() {
        return confidential || tlp.restrictsRoom();
    }

    /** The roles {@code userId} holds on this incident, commander included. */
    public Set<IncidentRole> rolesOf(String userId) {
        Set<IncidentRole> held = EnumSet.noneOf(IncidentRole.class);
        if (userId != null && userId.equals(commanderId)) {
            held.add(IncidentRole.COMMANDER);
        }
        roles.stream().filter(r -> r.userId().equals(userId)).forEach(r -> held.add(r.role()));
        return held;
    }

    /** Who holds {@code role}, in the order they were given it; for the commander, the commander. */
    public List<String> holders(IncidentRole role) {
        if (role == IncidentRole.COMMANDER) {
            return commanderId == null ? List.of() : List.of(commanderId);
        }
        return roles.stream().filter(r -> r.role() == role).map(RoleHolder::userId).toList();
    }
}
