package org.csirtbot.incident.access;

import java.util.Objects;
import java.util.Set;

import org.csirtbot.incident.IncidentRole;

/**
 * Someone acting on csirtbot, as far as {@link Authorization} needs to know them.
 *
 * @param userId     who they are
 * @param responder  a configured CSIRT responder ({@code CSIRTBOT_RESPONDERS})
 * @param executive  a configured executive ({@code CSIRTBOT_EXECUTIVES})
 * @param roles      their roles on the incident at hand; empty when there is none. The incident's
 *                   {@link Incident#commanderId() commander} counts as {@link IncidentRole#COMMANDER} either way.
 * @param roomMember a member of the incident's room
 */
public record Actor(String userId, boolean responder, boolean executive, Set<IncidentRole> roles,
                    boolean roomMember) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }
}
