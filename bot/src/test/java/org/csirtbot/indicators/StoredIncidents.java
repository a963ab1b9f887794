package org.csirtbot.indicators;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.storage.IncidentDocument;
import org.csirtbot.storage.IncidentStore;

/**
 * Incidents stored as the bot stores them, each with a room opened long ago (so recovery leaves it alone) whose
 * channel is {@code C} and the ID without dashes: a command sent from that channel is a command in its room. The
 * shared bot holds other tests' incidents too, so each test uses IDs of its own year.
 */
public final class StoredIncidents {

    private final IncidentStore store;
    private final Incidents incidents;

    public StoredIncidents(IncidentStore store, Incidents incidents) {
        this.store = store;
        this.incidents = incidents;
    }

    /** An open incident in triage whose room has these members (the bot invited them). */
    public Incident open(String id, String tlp, boolean confidential, String... invited) {
        return store(id, tlp, confidential, "triage", null, invited);
    }

    /** An open tabletop exercise. */
    public Incident exercise(String id, String tlp, String... invited) {
        return store(id, tlp, false, "triage", new IncidentDocument.Exercise("drill", 1, Instant.now(), null, false),
                invited);
    }

    /** A closed incident (closed {@code closedAt}). */
    public Incident closed(String id, String severity, Instant closedAt) {
        Instant declared = closedAt.minusSeconds(86_400);
        store.insertOnce(new IncidentDocument(id, "indicators-test:" + id, "Indicators test " + id, severity, "phishing_mail",
                "AMBER", false, "closed", "U_COMMANDER", "U_COMMANDER", declared, null, new ArrayList<>(), false,
                room(id, false, List.of()), List.of(new IncidentDocument.Phase("post_incident", declared, closedAt),
                        new IncidentDocument.Phase("closed", closedAt, null)), List.of(),
                IncidentDocument.Closure.none(), IncidentDocument.Retention.none()));
        return incidents.find(id).orElseThrow();
    }

    /** The channel of the incident's room. */
    public static String room(String id) {
        return "C" + id.replace("-", "");
    }

    private Incident store(String id, String tlp, boolean confidential, String status, IncidentDocument.Exercise exercise,
                           String... invited) {
        Instant at = Instant.now();
        boolean restricted = confidential || tlp.equals("RED") || tlp.equals("AMBER+STRICT");
        store.insertOnce(new IncidentDocument(id, "indicators-test:" + id, "Indicators test " + id, "S3",
                "phishing_mail", tlp, confidential, status, "U_COMMANDER", "U_COMMANDER", at, null, new ArrayList<>(),
                false, room(id, restricted, List.of(invited)), List.of(new IncidentDocument.Phase(status, at, null)),
                List.of(), IncidentDocument.Closure.none(), IncidentDocument.Retention.none(), exercise));
        return incidents.find(id).orElseThrow();
    }

    private static IncidentDocument.Room room(String id, boolean isPrivate, List<String> invited) {
        return new IncidentDocument.Room(room(id), id.toLowerCase(), isPrivate, invited, true, "1.0", true);
    }
}
