package org.csirtbot.links.slack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.links.IncidentMerging;
import org.csirtbot.links.IncidentMerging.Merged;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident merge INC-B} in incident A's room: A's commander or deputy, who must also be B's, merges B into A
 * ({@link IncidentMerging}). A's room is told which reports came over and which of B's playbooks were running, to be
 * started again here where they still apply (a run belongs to its incident, so none is moved); B's room is told to
 * go on in A's. B's indicators stay in the registry, B still their source.
 */
@SlackComponent
class MergeSubcommand implements IncidentSubcommand {

    private final RoomCommands room;
    private final Permissions permissions;
    private final IncidentMerging merging;
    private final PlaybookRuns runs;
    private final Incidents incidents;
    private final LinkRooms linkRooms;
    private final SlackIncidentRooms rooms;
    private final Texts texts;
    private final Executor work;

    MergeSubcommand(RoomCommands room, Permissions permissions, IncidentMerging merging, PlaybookRuns runs,
                    Incidents incidents, LinkRooms linkRooms, SlackIncidentRooms rooms, Texts texts,
                    @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.permissions = permissions;
        this.merging = merging;
        this.runs = runs;
        this.incidents = incidents;
        this.linkRooms = linkRooms;
        this.rooms = rooms;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String otherId = invocation.argument() == null ? "" : invocation.argument().strip().split("\\s+", 2)[0];
        if (otherId.isEmpty()) {
            return ctx.ack(texts.get(invocation.locale(), "merge.usage"));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CLOSE, "link.pending",
                "error.not-recorded", (incident, locale) -> merge(incident, otherId, invocation.userId(), locale)));
    }

    private String merge(Incident into, String otherId, String user, Locale locale) {
        Optional<Incident> found = linkRooms.readable(otherId, user);
        if (found.isEmpty()) {
            return texts.get(locale, "link.unknown", Mrkdwn.escapeAndCut(otherId, 40));
        }
        Incident merged = found.get();
        IncidentMerging.Refusal refused = IncidentMerging.refusal(into, merged);
        if (refused == null) {
            String notTheirs = permissions.refusal(user, CsirtAction.CLOSE, merged, locale);
            if (notTheirs != null) {
                return texts.get(locale, "merge.not-allowed-on", merged.id(), notTheirs);
            }
        }
        List<String> running = refused == null ? running(merged) : List.of();
        Merged done = refused == null ? merging.merge(into, merged, user) : new Merged(refused, List.of());
        if (done.refusal() != null) {
            return texts.get(locale, "merge.refused." + done.refusal().name(), into.id(), merged.id());
        }
        work.execute(() -> tellRooms(into, merged, user, done.reports(), running));
        return texts.get(locale, "merge.done", merged.id(), into.id(), done.reports().size());
    }

    private List<String> running(Incident incident) {
        return runs.ofIncident(incident.id()).stream().filter(r -> !r.finished()).map(PlaybookRun::playbook)
                .map(p -> p.id()).distinct().toList();
    }

    private void tellRooms(Incident into, Incident merged, String user, List<String> reports, List<String> running) {
        String reportList = reports.isEmpty() ? texts.get(linkRooms.roomLocale(), "merge.no-reports")
                : reports.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
        String playbooks = running.isEmpty() ? "" : texts.get(linkRooms.roomLocale(), "merge.playbooks",
                running.stream().map(id -> "`" + Mrkdwn.escape(id) + "`").collect(Collectors.joining(", ")));
        linkRooms.post(into, merged, "merge.room-into", user, reportList + playbooks, "incident-merged");
        String intoRoom = into.room() == null || into.room().channelId() == null ? into.id()
                : "<#" + into.room().channelId() + ">";
        linkRooms.post(merged, into, "merge.room-merged", user, intoRoom, "incident-merged-into");
        incidents.find(merged.id()).ifPresent(rooms::refreshSummaryNow);
        incidents.find(into.id()).ifPresent(rooms::refreshSummaryNow);
    }
}
