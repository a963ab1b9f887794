package org.csirtbot.slack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.csirtbot.incident.slack.ChannelNames;
import org.csirtbot.sandbox.workspace.BlockKitLimits;
import org.csirtbot.testkit.SignedSlackRequests;
import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.csirtbot.testkit.fakeslack.LiveMarkup;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** The invariants on what the bot sends for one generated request: no live markup, Block Kit limits, the answers. */
final class FuzzSlackChecks {

    /** Slack's limit for a channel topic or purpose. */
    private static final int TOPIC_MAX = 250;
    /** Channels the fake Slack created, and rooms of incidents other tests stored directly ("C" + the incident ID). */
    private static final Pattern CHANNEL_CREATED_BY_SLACK = Pattern.compile("<#C0K\\d{8}>|<#CINC\\d{8}>");
    private static final Pattern SUMMARY_DATE = Pattern.compile(
            "<!date\\^\\d+\\^\\{date_short_pretty} \\{time}\\|[0-9T:.Z -]+(UTC)?>");

    /** The user IDs the test acted as; the bot may mention those shaped like Slack's. */
    private final Set<String> actingUsers;

    FuzzSlackChecks(Set<String> actingUsers) {
        this.actingUsers = actingUsers;
    }

    /** The invariants on one Web API call the bot made. */
    void checkCall(FuzzCase c, ServeEvent event) {
        String path = event.getRequest().getUrl();
        if (!event.getWasMatched()) {
            c.fail("called something the Slack stub does not know: " + path);
            return;
        }
        if (path.startsWith("/response-url/")) {
            JsonNode body = c.json(event.getRequest().getBodyAsString());
            markup(c, "response_url text", body.path("text").asText(null));
            LiveMarkup.renderedTexts(body.path("blocks"), "response_url/blocks").forEach((at, text) -> markup(c, at, text));
            return;
        }
        String method = path.substring("/api/".length()).split("\\?")[0];
        Map<String, String> params = FakeSlackWorkspace.decodeForm(new String(event.getRequest().getBody(), StandardCharsets.UTF_8));
        switch (method) {
            case "chat.postMessage", "chat.update", "chat.postEphemeral" -> {
                String text = params.get("text");
                JsonNode blocks = params.containsKey("blocks") ? c.json(params.get("blocks")) : null;
                markup(c, method + " text", text);
                if (blocks != null) {
                    LiveMarkup.renderedTexts(blocks, method + " blocks").forEach((at, t) -> markup(c, at, t));
                }
                BlockKitLimits.checkMessage(text, blocks).forEach(v -> c.fail(method + " outside Block Kit limits at " + v));
            }
            case "views.open", "views.update", "views.push" -> view(c, method, c.json(params.get("view")));
            case "conversations.setTopic", "conversations.setPurpose" -> {
                String text = params.get(method.endsWith("Topic") ? "topic" : "purpose");
                markup(c, method, text);
                if (text != null && text.length() > TOPIC_MAX) {
                    c.fail(method + " has " + text.length() + " characters, Slack allows " + TOPIC_MAX);
                }
            }
            case "conversations.create" -> channelName(c, params.get("name"));
            default -> {
                // reads and pins carry no text
            }
        }
    }

    /** The bot's own answer to the request: a command's text, a form's next view. */
    void checkAck(FuzzCase c, SignedSlackRequests.Response ack) {
        if (ack.body().isEmpty()) {
            return;
        }
        JsonNode body = c.json(ack.body());
        markup(c, "the answer's text", body.path("text").asText(null));
        LiveMarkup.renderedTexts(body.path("blocks"), "the answer's blocks").forEach((at, text) -> markup(c, at, text));
        if (body.has("view")) {
            view(c, "the answer's", body.path("view"));
        }
    }

    /** Forms opened and private answers given, against what the case expects. */
    void checkExpectedAnswers(FuzzCase c, List<ServeEvent> made) {
        if (!c.signed) {
            return;
        }
        long opened = made.stream().filter(e -> e.getRequest().getUrl().startsWith("/api/views.open")).count();
        long whispered = made.stream().filter(e -> e.getRequest().getUrl().startsWith("/api/chat.postEphemeral")).count();
        if (c.opens >= 0 && opened != c.opens) {
            c.fail("must open " + c.opens + " form(s), opened " + opened);
        }
        if (c.answers >= 0 && opened + whispered != c.answers) {
            c.fail("a triage click must be answered once (a form or a private message), was answered "
                    + (opened + whispered) + " times");
        }
    }

    private void view(FuzzCase c, String where, JsonNode view) {
        LiveMarkup.renderedTexts(view, where + " view").forEach((at, text) -> markup(c, at, text));
        BlockKitLimits.checkView(view).forEach(v -> c.fail(where + " view outside Block Kit limits at " + v));
    }

    private void markup(FuzzCase c, String where, String mrkdwn) {
        for (String live : LiveMarkup.in(mrkdwn, this::allowedSequence)) {
            c.fail(where + " carries a live control sequence " + HostileText.show(live));
        }
    }

    /**
     * The bot's own sequences: mentions of the Slack-shaped user IDs this test acted as (the bot got them from
     * Slack, not from typed text), channels Slack created, the summary's date.
     */
    private boolean allowedSequence(String sequence) {
        if (sequence.startsWith("<@") && sequence.endsWith(">")) {
            String user = sequence.substring(2, sequence.length() - 1);
            return FuzzRun.SLACK_USER_ID.matcher(user).matches() && actingUsers.contains(user);
        }
        return CHANNEL_CREATED_BY_SLACK.matcher(sequence).matches() || SUMMARY_DATE.matcher(sequence).matches();
    }

    /** Slack's rules, as the bot applies them: 1–80 characters, lower case letters, digits, - and _. */
    private static void channelName(FuzzCase c, String name) {
        if (name == null || name.isEmpty() || name.codePointCount(0, name.length()) > ChannelNames.MAX
                || !name.codePoints().allMatch(cp -> cp < 128 ? (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')
                || cp == '-' || cp == '_' : Character.isLetterOrDigit(cp) && !Character.isUpperCase(cp))) {
            c.fail("conversations.create with a name Slack refuses: " + HostileText.show(name));
        }
    }
}
