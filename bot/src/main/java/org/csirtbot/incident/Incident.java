package org.csirtbot.incident;

import java.time.Instant;
import java.util.List;

import org.csirtbot.report.ReportCategory;

/** An incident: what it is, how bad, who commands it, its room once opened, and the phases it went through. */
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
        List<String> reportIds,
        boolean inviteReporters,
        Room room,
        List<Phase> phases) {

    /** A lifecycle phase the incident was in, oldest first; {@code endedAt} is null while it still is. */
    public record Phase(IncidentStatus phase, Instant startedAt, Instant endedAt) {
    }

    /** The incident's Slack room; fields are null until that step of opening it is done. */
    public record Room(String channelId, String channelName, boolean isPrivate, List<String> invited,
                       boolean topicSet, String summaryTs, boolean summaryPinned) {
    }

    /** Confidential incidents and TLP AMBER+STRICT or RED get a private room. */
    public boolean needsPrivateRoom() {
        return confidential || tlp.restrictsRoom();
    }
}
