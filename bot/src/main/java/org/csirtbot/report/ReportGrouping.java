package org.csirtbot.report;

/**
 * Groups a new report with what is already known (a campaign, an open incident, another open report), while the
 * reporter waits for the acknowledgement; implemented by the campaigns feature.
 */
public interface ReportGrouping {

    /** Where the stored report went; repeated for the same report, the same answer. */
    Grouped group(Report report);

    /** What became of a new report: {@code into} is the campaign or incident it joined, or the one suggested. */
    record Grouped(Kind kind, String into) {

        public static final Grouped ALONE = new Grouped(Kind.ALONE, null);

        /** Whether the reporter is told at once that it is already known and being handled. */
        public boolean known() {
            return kind == Kind.CAMPAIGN || kind == Kind.INCIDENT;
        }
    }

    enum Kind {
        /** Nothing like it: posted to triage on its own. */
        ALONE,
        /** Joined a campaign. */
        CAMPAIGN,
        /** Attached to an open incident whose indicators it shares. */
        INCIDENT,
        /** Posted on its own, with the campaign or report it looks like (grouping by suggestion). */
        SUGGESTED,
        /** The organisation's own phishing drill: thanked, counted, no incident. */
        SIMULATION
    }
}
