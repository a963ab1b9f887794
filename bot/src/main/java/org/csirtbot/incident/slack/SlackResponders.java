package org.csirtbot.incident.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.csirtbot.incident.ResponderDirectory;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSIRT's responders from {@code CSIRTBOT_RESPONDERS}: user IDs, and the members of user groups (IDs
 * starting with {@code S}), read again every five minutes in the background so that checking a
 * responder never waits for Slack (except, briefly, the very first time). While the groups cannot be read, the members
 * read last count for {@link #TRUSTED_WHILE_UNREADABLE}, then no longer.
 */
@SlackComponent
class SlackResponders implements ResponderDirectory {

    private static final Logger log = LoggerFactory.getLogger(SlackResponders.class);
    private static final Duration KEEP = Duration.ofMinutes(5);
    /** How long members read before are trusted while the groups cannot be read; then only the listed users count. */
    static final Duration TRUSTED_WHILE_UNREADABLE = Duration.ofMinutes(30);
    private static final Duration FIRST_READ_BUDGET = Duration.ofSeconds(1);

    private final SlackGateway slack;
    private final Clock clock;
    private final Set<String> users = new LinkedHashSet<>();
    private final List<String> groups;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "slack-responder-groups");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Set<String> groupMembers = Set.of();
    private volatile Instant groupsRead = Instant.MIN;
    private volatile CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);

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
        if (groups.isEmpty() || groupsRead.plus(KEEP).isAfter(clock.instant())) {
            return groupMembers;
        }
        CompletableFuture<Void> read = startReading();
        if (groupsRead.equals(Instant.MIN)) {
            try {
                read.get(FIRST_READ_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                log.debug("Responder groups not read yet: {}", e.getMessage());
            }
        }
        // fails closed: someone taken out of the group while Slack would not say keeps the role for a while only
        return groupsRead.plus(TRUSTED_WHILE_UNREADABLE).isAfter(clock.instant()) ? groupMembers : Set.of();
    }

    private synchronized CompletableFuture<Void> startReading() {
        if (reading.isDone()) {
            reading = CompletableFuture.runAsync(this::read, reader);
        }
        return reading;
    }

    private void read() {
        try {
            Set<String> members = new LinkedHashSet<>();
            groups.forEach(group -> members.addAll(slack.userGroupMembers(group)));
            groupMembers = members;
            groupsRead = clock.instant();
        } catch (RuntimeException e) {
            log.warn("Could not read the responder groups {}; the members read at {} count until {}, then only the "
                    + "users listed in CSIRTBOT_RESPONDERS: {}", groups, groupsRead,
                    groupsRead.plus(TRUSTED_WHILE_UNREADABLE), e.getMessage());
        }
    }
}
