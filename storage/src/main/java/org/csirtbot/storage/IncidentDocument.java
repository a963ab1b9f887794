package org.csirtbot.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An incident as stored. {@code declarationKey} makes a retried or doubled declaration land once;
 * the room fields record which steps of opening the room are done, so opening can resume; {@code phases}
 * records when each lifecycle phase started and ended, oldest first. {@code roles}, {@code closure} and
 * {@code beganAt} (when the incident itself began, if known), {@code retention}, {@code exercise} are null on incidents stored before they existed; readers treat null as none.
 */
@Document("incidents")
public record IncidentDocument(
        @Id String id,
        @Indexed(unique = true) String declarationKey,
        String title,
        String severity,
        String category,
        String tlp,
        boolean confidential,
        String status,
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
        Exercise exercise) {

    /** The full form is the one Spring Data reads with, the shorter one below is for callers. */
    @PersistenceCreator
    public IncidentDocument {
    }

    /** An incident as stored before exercises existed, or a real one: {@code exercise} null. */
    public IncidentDocument(String id, String declarationKey, String title, String severity, String category,
                            String tlp, boolean confidential, String status, String commanderId, String declaredBy,
                            Instant declaredAt, Instant beganAt, List<String> reportIds, boolean inviteReporters,
                            Room room, List<Phase> phases, List<RoleHolder> roles, Closure closure,
                            Retention retention) {
        this(id, declarationKey, title, severity, category, tlp, confidential, status, commanderId, declaredBy,
                declaredAt, beganAt, reportIds, inviteReporters, room, phases, roles, closure, retention, null);
    }

    /**
     * A tabletop exercise the incident stands for (null for a real incident): its scenario, the pace of its clock
     * (scenario minutes per real minute), when it started and ended (null while it runs), and whether the scenario
     * lets it reach the executives.
     */
    public record Exercise(String scenarioId, int pace, Instant startedAt, Instant endedAt, boolean execChannel) {
    }

    /**
     * Someone holding a role on the incident other than commander (the commander is {@code commanderId}):
     * {@code role} is the role's code ({@code deputy}, {@code approver}, …), {@code since} when it was given.
     */
    public record RoleHolder(String role, String userId, Instant since) {
    }

    /**
     * What closing recorded: the lessons-learned answers by question ID (null until answered), and when the
     * room's channel was archived (null until it is).
     */
    public record Closure(Map<String, String> lessons, Instant archivedAt) {

        public static Closure none() {
            return new Closure(null, null);
        }
    }

    /**
     * Whether the incident is under legal hold (never purged while it is), and the last change of it: why, by whom,
     * since when. Once the retention period has passed, {@code purgedAt} and {@code purgeRule} say when and by which
     * rule its details were purged (the document stays as a tombstone); {@code purgeDone} turns true once its log and
     * its reports' details are gone too, so a purge cut short is finished by the next run.
     */
    public record Retention(boolean legalHold, String holdReason, String holdBy, Instant holdSince,
                            Instant purgedAt, String purgeRule, boolean purgeDone) {

        public Retention(boolean legalHold, String holdReason, String holdBy, Instant holdSince) {
            this(legalHold, holdReason, holdBy, holdSince, null, null, false);
        }

        public static Retention none() {
            return new Retention(false, null, null, null);
        }
    }

    /**
     * One lifecycle phase the incident was in, for metrics (time to contain, to recover): {@code endedAt} is null
     * while the incident is still in it.
     */
    public record Phase(String phase, Instant startedAt, Instant endedAt) {
    }

    /** Progress of opening the incident's Slack room. */
    public record Room(
            String channelId,
            String channelName,
            boolean isPrivate,
            List<String> invited,
            boolean topicSet,
            String summaryTs,
            boolean summaryPinned) {

        public static Room notOpened() {
            return new Room(null, null, false, null, false, null, false);
        }

        public boolean complete() {
            return channelId != null && invited != null && topicSet && summaryTs != null && summaryPinned;
        }
    }
}
