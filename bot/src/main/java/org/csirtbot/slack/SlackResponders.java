package org.csirtbot.slack;

import org.csirtbot.slack.gateway.SlackGateway;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.csirtbot.incident.ResponderDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSIRT's responders from {@code CSIRTBOT_RESPONDERS}: user IDs, and the members of a user group
 * (an ID starting with {@code S}), looked up again every five minutes.
 */
@SlackComponent
class SlackResponders implements ResponderDirectory {

    private static final Logger log = LoggerFactory.getLogger(SlackResponders.class);
    private static final Duration KEEP = Duration.ofMinutes(5);

    private final SlackGateway slack;
    private final Clock clock;
    private final Set<String> users = new LinkedHashSet<>();
    private final List<String> groups;
    private volatile Set<String> groupMembers = Set.of();
    private volatile Instant groupsFresh = Instant.MIN;

    SlackResponders(SlackGateway slack, CsirtbotProperties properties, Clock clock) {
        this.slack = slack;
        this.clock = clock;
        properties.responders().stream().map(String::strip).filter(id -> !id.isEmpty() && !id.startsWith("S"))
                .forEach(users::add);
        this.groups = properties.responders().stream().map(String::strip).filter(id -> id.startsWith("S")).toList();
        if (users.isEmpty() && groups.isEmpty()) {
            log.warn("CSIRTBOT_RESPONDERS is not set: nobody can declare incidents or triage reports");
        }
    }

    @Override
    public Set<String> responders() {
        Set<String> all = new LinkedHashSet<>(users);
        all.addAll(groupMembers());
        return all;
    }

    private Set<String> groupMembers() {
        if (groups.isEmpty() || groupsFresh.plus(KEEP).isAfter(clock.instant())) {
            return groupMembers;
        }
        try {
            Set<String> members = new LinkedHashSet<>();
            groups.forEach(group -> members.addAll(slack.userGroupMembers(group)));
            groupMembers = members;
            groupsFresh = clock.instant();
        } catch (RuntimeException e) {
            log.warn("Could not read the responder group {}; using the members known before: {}", groups,
                    e.getMessage());
        }
        return groupMembers;
    }
}
