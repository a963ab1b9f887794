package org.csirtbot.incident;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.storage.IncidentStore;
import org.springframework.stereotype.Service;

/**
 * Gives and takes incident roles, and logs each change ({@link LogKind#ROLE_ASSIGNED}, {@link LogKind#ROLE_REMOVED}).
 * A role one person holds ({@link IncidentRole#heldByOne()}) given to another is handed over; handing over the
 * commander makes the new one {@link Incident#commanderId()}, and the old one keeps no role for it. The commander
 * cannot be taken away, only handed over. Who may is the caller's check ({@link CsirtAction#ASSIGN_ROLE}).
 */
@Service
public class RoleAssignments {

    /** How often a change is checked again when someone else changed the roles meanwhile. */
    private static final int ATTEMPTS = 3;

    private final IncidentStore store;
    private final IncidentLog log;
    private final Clock clock;

    RoleAssignments(IncidentStore store, IncidentLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** What became of a role change. */
    public enum Outcome {
        ASSIGNED,
        REMOVED,
        /** They hold that role already. */
        ALREADY_HELD,
        /** They do not hold the role to take away. */
        NOT_HELD,
        /** The commander is handed over, never just taken away. */
        COMMANDER_STAYS,
        /** Others kept changing the roles at the same time; nothing changed. */
        CONTENDED
    }

    /**
     * @param incident the incident after the attempt
     * @param previous whom an assigned role was taken over from (a handover); null when nobody held it
     * @param entry    the log entry of the change; null unless changed
     */
    public record RoleChange(Outcome outcome, Incident incident, IncidentRole role, String userId, String previous,
                             LogEntry entry) {

        public boolean changed() {
            return entry != null;
        }
    }

    /** Gives {@code userId} the role, handing it over from its holder when one person holds it. */
    public RoleChange assign(String incidentId, String actor, IncidentRole role, String userId) {
        return change(incidentId, actor, role, userId, true);
    }

    /** Takes the role away from {@code userId}. */
    public RoleChange remove(String incidentId, String actor, IncidentRole role, String userId) {
        return change(incidentId, actor, role, userId, false);
    }

    private RoleChange change(String incidentId, String actor, IncidentRole role, String userId, boolean assigning) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(userId, "userId");
        for (int attempt = 1; ; attempt++) {
            Incident incident = IncidentDocuments.existing(store, incidentId);
            Outcome refused = assigning ? refusedToAssign(incident, role, userId) : refusedToRemove(incident, role, userId);
            if (refused != null || attempt > ATTEMPTS) {
                return new RoleChange(refused == null ? Outcome.CONTENDED : refused, incident, role, userId, null, null);
            }
            String previous = assigning && role.heldByOne() ? incident.holders(role).stream().findFirst().orElse(null)
                    : null;
            String commander = assigning && role == IncidentRole.COMMANDER ? userId : incident.commanderId();
            List<Incident.RoleHolder> roles = assigning ? given(incident, role, userId) : taken(incident, role, userId);
            var promised = IncidentLog.promise(actor, assigning ? LogKind.ROLE_ASSIGNED : LogKind.ROLE_REMOVED,
                    data(role, userId, previous));
            if (store.changeRoles(incidentId, incident.commanderId(),
                    incident.roles().stream().map(IncidentDocuments::toDocument).toList(), commander,
                    roles.stream().map(IncidentDocuments::toDocument).toList(), promised)) {
                LogEntry entry = log.settle(incidentId, promised);
                return new RoleChange(assigning ? Outcome.ASSIGNED : Outcome.REMOVED, IncidentDocuments.existing(store, incidentId), role, userId,
                        previous, entry);
            }
        }
    }

    private static Outcome refusedToAssign(Incident incident, IncidentRole role, String userId) {
        return incident.holders(role).contains(userId) ? Outcome.ALREADY_HELD : null;
    }

    private static Outcome refusedToRemove(Incident incident, IncidentRole role, String userId) {
        if (role == IncidentRole.COMMANDER) {
            return Outcome.COMMANDER_STAYS;
        }
        return incident.holders(role).contains(userId) ? null : Outcome.NOT_HELD;
    }

    /** The roles other than commander once {@code userId} has the role (the commander is not among them). */
    private List<Incident.RoleHolder> given(Incident incident, IncidentRole role, String userId) {
        if (role == IncidentRole.COMMANDER) {
            return incident.roles();
        }
        List<Incident.RoleHolder> roles = new ArrayList<>(incident.roles());
        if (role.heldByOne()) {
            roles.removeIf(r -> r.role() == role);
        }
        roles.add(new Incident.RoleHolder(role, userId, clock.instant()));
        return roles;
    }

    private static List<Incident.RoleHolder> taken(Incident incident, IncidentRole role, String userId) {
        return incident.roles().stream().filter(r -> r.role() != role || !r.userId().equals(userId)).toList();
    }

    private static Map<String, Object> data(IncidentRole role, String userId, String previous) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("role", role.code());
        data.put("userId", userId);
        if (previous != null) {
            data.put("previous", previous);
        }
        return data;
    }
}
