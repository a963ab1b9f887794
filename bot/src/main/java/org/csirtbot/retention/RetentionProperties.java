package org.csirtbot.retention;

import java.time.Duration;
import java.time.Period;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed incident is kept, by severity, counted from when it was closed; after that its details, its log
 * and its reports' details are purged unless it is under legal hold (see {@link RetentionPurge}). The defaults follow
 * JPCERT/CC's advice to keep logs of targeted attacks long: the worse the incident, the longer.
 *
 * @param s1            retention of S1 (critical) incidents, e.g. {@code 7y} or {@code P7Y} ({@code CSIRTBOT_RETENTION_S1})
 * @param s2            retention of S2 incidents ({@code CSIRTBOT_RETENTION_S2})
 * @param s3            retention of S3 incidents ({@code CSIRTBOT_RETENTION_S3})
 * @param s4            retention of S4 (low) incidents ({@code CSIRTBOT_RETENTION_S4})
 * @param exercise      retention of tabletop exercises, whatever their severity: a rehearsal is worth keeping only
 *                      until the next one ({@code CSIRTBOT_RETENTION_EXERCISE})
 * @param purgeInterval how often closed incidents past their retention are looked for and purged; the first look is
 *                      one interval after start ({@code CSIRTBOT_RETENTION_PURGE_INTERVAL})
 * @param dismissedReports retention of reports that never reached an incident: counted from their dismissal, or,
 *                      for a report nobody triaged, from when it was reported; then who reported, what they wrote
 *                      and why it was dismissed are purged and its triage post is replaced by a tombstone line
 *                      ({@code CSIRTBOT_RETENTION_DISMISSED_REPORTS})
 * @param slackOutbox   how long what the bot sent to Slack stays in its outbox (texts and blocks of its posts) once
 *                      Slack has done it; a purge removes an incident's at once ({@code CSIRTBOT_RETENTION_SLACK_OUTBOX})
 * @param pruneInterval how often sent outbox entries past {@code slackOutbox} and remembered Slack deliveries past
 *                      their hour are removed: the embedded store ignores TTL indexes
 *                      ({@code CSIRTBOT_RETENTION_PRUNE_INTERVAL})
 */
@ConfigurationProperties("csirtbot.retention")
public record RetentionProperties(
        @DefaultValue("P7Y") Period s1,
        @DefaultValue("P5Y") Period s2,
        @DefaultValue("P3Y") Period s3,
        @DefaultValue("P1Y") Period s4,
        @DefaultValue("P90D") Period exercise,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("P1Y") Period dismissedReports,
        @DefaultValue("P30D") Period slackOutbox,
        @DefaultValue("10m") Duration pruneInterval) {

    /** A negative period would purge an incident as soon as it is closed, so it is refused before anything runs. */
    public RetentionProperties {
        refuseNegative("s1", s1);
        refuseNegative("s2", s2);
        refuseNegative("s3", s3);
        refuseNegative("s4", s4);
        refuseNegative("exercise", exercise);
        refuseNegative("dismissed-reports", dismissedReports);
        refuseNegative("slack-outbox", slackOutbox);
    }

    private static void refuseNegative(String name, Period period) {
        if (period == null || period.isNegative()) {
            throw new IllegalArgumentException("csirtbot.retention." + name
                    + " must be a period of zero or more, such as P3Y; it is " + period);
        }
    }

    /** The retention period of {@code incident}: an exercise's, else its severity's. */
    public Period of(Incident incident) {
        return incident.isExercise() ? exercise : of(incident.severity());
    }

    /** The retention period of incidents of {@code severity}. */
    public Period of(Severity severity) {
        return switch (severity) {
            case S1 -> s1;
            case S2 -> s2;
            case S3 -> s3;
            case S4 -> s4;
        };
    }
}
