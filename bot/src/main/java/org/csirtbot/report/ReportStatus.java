package org.csirtbot.report;

/** Where a report ended: still open, attached to an incident, or dismissed as not an incident. */
public enum ReportStatus {
    OPEN, ATTACHED, DISMISSED;

    public String code() {
        return name().toLowerCase();
    }

    static ReportStatus fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
