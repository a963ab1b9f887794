package org.csirtbot.playbook.slack;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident playbook} in an incident's room lists the playbooks, those that fit its category first, with the
 * runs already going; {@code /incident playbook <id>} starts one (commander or deputy). The steps then appear in the
 * room. Answers only the person who asked.
 */
@SlackComponent
class PlaybookSubcommand implements IncidentSubcommand {

    /** A playbook ID as the format allows it. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,62}");
    /** Playbooks listed at most; a library this large is best searched by ID. */
    private static final int LISTED_MAX = 40;

    private final RoomCommands room;
    private final PlaybookCatalog catalog;
    private final PlaybookRuns runs;
    private final Texts texts;

    PlaybookSubcommand(RoomCommands room, PlaybookCatalog catalog, PlaybookRuns runs, Texts texts) {
        this.room = room;
        this.catalog = catalog;
        this.runs = runs;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "playbook";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String id = invocation.argument().strip().toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.READ_INCIDENT,
                    "playbook.pending", "error.not-read", this::list));
        }
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.RUN_PLAYBOOK, "playbook.pending",
                "error.not-recorded", (incident, locale) -> start(incident, id, invocation.userId(), locale)));
    }

    /** Starts the playbook if it exists and is not running yet; returns what to tell the person. */
    String start(Incident incident, String id, String userId, Locale locale) {
        if (!ID.matcher(id).matches() || catalog.find(id).isEmpty()) {
            return texts.get(locale, "playbook.unknown", Mrkdwn.escapeAndCut(id, 70));
        }
        PlaybookRuns.Started started = runs.start(incident.id(), id, userId);
        return switch (started.outcome()) {
            case STARTED -> texts.get(locale, "playbook.started", PlaybookWords.text(started.run().playbook().name(),
                    locale), incident.id());
            case ALREADY_RUNNING -> texts.get(locale, "playbook.already", PlaybookWords.text(
                    started.run().playbook().name(), locale), incident.id());
            case UNKNOWN_PLAYBOOK -> texts.get(locale, "playbook.unknown", Mrkdwn.escapeAndCut(id, 70));
            case NO_INCIDENT -> texts.get(locale, "error.not-found", incident.id());
        };
    }

    private String list(Incident incident, Locale locale) {
        List<Playbook> all = catalog.all();
        if (all.isEmpty()) {
            return texts.get(locale, "playbook.list.none");
        }
        String category = incident.category().code();
        Map<String, PlaybookRun> running = runs.ofIncident(incident.id()).stream()
                .collect(Collectors.toMap(r -> r.playbook().id(), Function.identity(), (a, b) -> a));
        String items = all.stream().sorted(Comparator.comparing((Playbook p) -> !p.suggestedFor(category))
                        .thenComparing(Playbook::id)).limit(LISTED_MAX)
                .map(p -> texts.get(locale, "playbook.list.item", p.id(), PlaybookWords.text(p.name(), locale))
                        + note(locale, p, category, running.get(p.id())))
                .collect(Collectors.joining("\n"));
        return texts.get(locale, "playbook.list.header", incident.id()) + "\n" + items;
    }

    private String note(Locale locale, Playbook playbook, String category, PlaybookRun run) {
        if (run != null) {
            return " " + (run.finished() ? texts.get(locale, "playbook.list.finished")
                    : texts.get(locale, "playbook.list.running", run.stepsOver(), run.stepsTotal()));
        }
        return playbook.suggestedFor(category) ? " " + texts.get(locale, "playbook.list.fits") : "";
    }
}
