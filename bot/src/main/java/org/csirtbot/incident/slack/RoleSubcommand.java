package org.csirtbot.incident.slack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.RoleAssignments;
import org.csirtbot.incident.RoleAssignments.RoleChange;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident role <role> @user} gives a role, {@code /incident role <role> remove @user} takes it away, in
 * an incident's room, by its commander or deputy. Commander, deputy, scribe and comms are handed over; liaison,
 * approver, legal and privacy are added ({@link RoleAssignments}). Nobody gives themselves a role that approves
 * (four eyes). The room is told ({@link RoleAnnouncements}); the person who asked
 * is answered privately.
 */
@SlackComponent
class RoleSubcommand implements IncidentSubcommand {

    private static final String REMOVE = "remove";
    private static final Pattern WORD = Pattern.compile("<[^>]*>|[^\\s<]+");

    private final RoomCommands room;
    private final RoleAssignments assignments;
    private final RoleAnnouncements announcements;
    private final SlackIncidentRooms rooms;
    private final Texts texts;
    private final Executor work;

    RoleSubcommand(RoomCommands room, RoleAssignments assignments, RoleAnnouncements announcements,
                   SlackIncidentRooms rooms, Texts texts, @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.assignments = assignments;
        this.announcements = announcements;
        this.rooms = rooms;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "role";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        Locale locale = invocation.locale();
        // a mention is one word even when the name in it has spaces: <@U123|Ann Lee>
        String[] words = WORD.matcher(invocation.argument()).results().map(MatchResult::group).toArray(String[]::new);
        if (words.length == 0) {
            return ctx.ack(texts.get(locale, "incident.role.usage", roles(locale)));
        }
        Optional<IncidentRole> role = IncidentRole.ofCode(words[0].toLowerCase(Locale.ROOT));
        if (role.isEmpty()) {
            return ctx.ack(texts.get(locale, "incident.role.unknown", Mrkdwn.escapeAndCut(words[0], 50), roles(locale)));
        }
        boolean removing = words.length > 1 && REMOVE.equalsIgnoreCase(words[1]);
        int userAt = removing ? 2 : 1;
        Optional<String> user = words.length == userAt + 1 ? Mrkdwn.userIn(words[userAt]) : Optional.empty();
        if (user.isEmpty()) {
            return ctx.ack(texts.get(locale, "incident.role.no-user", role.get().code(), removing ? REMOVE + " " : ""));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.ASSIGN_ROLE, "incident.role.pending",
                "error.not-recorded", (incident, ignored) -> change(incident, invocation, role.get(), user.get(), removing)));
    }

    /** Gives or takes the role; returns what to tell the person. */
    private String change(Incident incident, Invocation invocation, IncidentRole role, String userId, boolean removing) {
        Locale locale = invocation.locale();
        if (!removing && userId.equals(rooms.botUserId())) {
            return texts.get(locale, "incident.role.bot");
        }
        if (!removing && role.approves() && userId.equals(invocation.userId())) {
            return texts.get(locale, "incident.role.self-approver", texts.get(locale, "role." + role.code()));
        }
        RoleChange change = removing ? assignments.remove(incident.id(), invocation.userId(), role, userId)
                : assignments.assign(incident.id(), invocation.userId(), role, userId);
        if (change.changed()) {
            work.execute(() -> announcements.announce(change, invocation.userId()));
        }
        String who = Mrkdwn.mention(userId);
        String label = texts.get(locale, "role." + role.code());
        return switch (change.outcome()) {
            case ASSIGNED -> texts.get(locale, "incident.role.assigned", who, label, incident.id());
            case REMOVED -> texts.get(locale, "incident.role.removed", who, label, incident.id());
            case ALREADY_HELD -> texts.get(locale, "incident.role.already", who, label, incident.id());
            case NOT_HELD -> texts.get(locale, "incident.role.not-held", who, label, incident.id());
            case COMMANDER_STAYS -> texts.get(locale, "incident.role.commander-stays");
            case CONTENDED -> texts.get(locale, "incident.role.contended", incident.id());
        };
    }

    private String roles(Locale locale) {
        return Arrays.stream(IncidentRole.values())
                .map(r -> "`" + r.code() + "` (" + texts.get(locale, "role." + r.code()) + ")")
                .collect(Collectors.joining(", "));
    }
}
