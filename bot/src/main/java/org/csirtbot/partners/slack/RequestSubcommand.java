package org.csirtbot.partners.slack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.decision.IncidentDecisions;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.incident.slack.RoomCommands.Form;
import org.csirtbot.incident.slack.RoomCommands.RoomAction;
import org.csirtbot.partners.OutsideRequest;
import org.csirtbot.partners.OutsideRequests;
import org.csirtbot.partners.Partners;
import org.csirtbot.partners.RequestStatus;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident request} in an incident's room: alone, the form that logs a request to or from an outside
 * organisation; {@code list}, the incident's requests; {@code <REQ-id> <status>}, a change of its status. Logging and
 * changing are for responders, the commander, deputy and liaison ({@code LIAISE}); closed incidents too, as
 * organisations answer after closing. Answers only the person who asked.
 */
@SlackComponent
class RequestSubcommand implements IncidentSubcommand {

    private static final Pattern REQUEST_ID = Pattern.compile("(?i)req-(\\d{4})-(\\d{1,6})");
    /** How many requests the list shows, newest last; the API's log has them all. */
    static final int LISTED_MAX = 40;

    private final RoomCommands room;
    private final RequestModal modal;
    private final Partners partners;
    private final IncidentDecisions decisions;
    private final OutsideRequests requests;
    private final RequestChanges changes;
    private final RequestPosts posts;
    private final Texts texts;

    RequestSubcommand(RoomCommands room, RequestModal modal, Partners partners, IncidentDecisions decisions,
                      OutsideRequests requests, RequestChanges changes, RequestPosts posts, RequestWords words) {
        this.room = room;
        this.modal = modal;
        this.partners = partners;
        this.decisions = decisions;
        this.requests = requests;
        this.changes = changes;
        this.posts = posts;
        this.texts = words.texts();
    }

    @Override
    public String name() {
        return "request";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String[] words = invocation.argument().strip().split("\\s+");
        if (words[0].isEmpty()) {
            return room.openStoredForm(invocation, ctx, CsirtAction.LIAISE, "request.slow", (incident, locale) -> {
                var choices = new RequestModal.Choices(partners.all(), decisions.latest(incident.id(),
                        RequestModal.OPTIONS_MAX).shown().stream().filter(d -> d.status() == IncidentDecision.Status.RECORDED
                        || d.status() == IncidentDecision.Status.APPROVED).toList());
                return Form.of(() -> modal.form(locale, incident, invocation.channelId(), choices));
            });
        }
        if (words.length == 1 && "list".equalsIgnoreCase(words[0])) {
            return room.run(invocation, ctx, new RoomAction(CsirtAction.READ_INCIDENT, "request.pending",
                    "error.not-read", (incident, locale) -> list(locale, incident.id(),
                            requests.ofIncident(incident.id()))));
        }
        Optional<String> id = requestId(words[0]);
        Optional<RequestStatus> to = words.length == 2 ? RequestStatus.ofCode(words[1]) : Optional.empty();
        if (id.isEmpty() || to.isEmpty()) {
            return ctx.ack(texts.get(invocation.locale(), "request.usage"));
        }
        return room.run(invocation, ctx, new RoomAction(CsirtAction.LIAISE, "request.pending", "error.not-recorded",
                (incident, locale) -> changes.change(incident, id.get(), to.get(), invocation.userId(), locale).text()));
    }

    private String list(Locale locale, String incidentId, List<OutsideRequest> all) {
        if (all.isEmpty()) {
            return texts.get(locale, "request.list.none", incidentId);
        }
        List<OutsideRequest> shown = all.subList(Math.max(0, all.size() - LISTED_MAX), all.size());
        return texts.get(locale, "request.list.header", incidentId, String.valueOf(all.size())) + "\n"
                + shown.stream().map(r -> posts.line(locale, r)).collect(Collectors.joining("\n")) + "\n"
                + texts.get(locale, "request.list.how");
    }

    /** {@code REQ-2026-0001} or {@code req-2026-1}, as the bot names it: {@code REQ-2026-0001}. */
    static Optional<String> requestId(String typed) {
        Matcher m = REQUEST_ID.matcher(typed == null ? "" : typed.strip());
        return m.matches() ? Optional.of("REQ-%s-%04d".formatted(m.group(1), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }
}
