package org.csirtbot.retention;

/**
 * What Slack still shows of a purged report: its post in the triage channel, replaced by a line saying it was
 * purged. Implemented where Slack is configured; without Slack there is no post to replace.
 */
public interface PurgedReportPosts {

    /** Replaces the report's triage post (in {@code channel} at {@code ts}) by a tombstone line; never throws. */
    void replaceWithTombstone(String reportId, String channel, String ts);
}
