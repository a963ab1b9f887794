package org.csirtbot.storage;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An incident as stored. {@code declarationKey} makes a retried or doubled declaration land once;
 * the room fields record which steps of opening the room are done, so opening can resume; {@code phases}
 * records when each lifecycle phase started and ended, oldest first.
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
        List<String> reportIds,
        boolean inviteReporters,
        Room room,
        List<Phase> phases) {

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
