package org.csirtbot.incident;

import java.time.Instant;
import java.util.List;

import org.csirtbot.report.ReportCategory;

/** An incident: what it is, how bad, who commands it, and its room once opened. */
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
        Room room) {

    /** The incident's Slack room; fields are null until that step of opening it is done. */
    public record Room(String channelId, String channelName, boolean isPrivate, List<String> invited,
                       boolean topicSet, String summaryTs, boolean summaryPinned) {
    }

    /** Confidential incidents and TLP AMBER+STRICT or RED get a private room. */
    public boolean needsPrivateRoom() {
        return confidential || tlp.restrictsRoom();
    }
}
