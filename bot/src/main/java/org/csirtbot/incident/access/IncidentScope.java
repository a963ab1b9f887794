package org.csirtbot.incident.access;

/** What an action needs of the incident at hand. */
enum IncidentScope {
    /** The incident plays no part; one given is ignored. */
    IGNORED(false, false),
    /** No incident, or one that is not closed. */
    OPEN_IF_ANY(false, true),
    /** An incident that is not closed. */
    OPEN(true, true),
    /** An incident, closed or not. */
    ANY(true, false);

    private final boolean needsIncident;
    private final boolean refusesClosed;

    IncidentScope(boolean needsIncident, boolean refusesClosed) {
        this.needsIncident = needsIncident;
        this.refusesClosed = refusesClosed;
    }

    boolean needsIncident() {
        return needsIncident;
    }

    boolean refusesClosed() {
        return refusesClosed;
    }
}
