package org.csirtbot.closing;

/**
 * The post-incident report of a closed incident was posted in its room and logged ({@code report_posted}): what
 * follows the end of an incident (its reporters thanked) comes after it in the log, whenever the report is posted.
 */
public record ReportPosted(String incidentId) {
}
