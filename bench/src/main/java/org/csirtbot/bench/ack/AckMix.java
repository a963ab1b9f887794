package org.csirtbot.bench.ack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.csirtbot.bench.harness.FakeSlack;
import org.csirtbot.bench.harness.Http;
import org.csirtbot.bench.harness.ReportForms;

/**
 * What the ack benchmark sends, the four kinds in turn (request {@code i} is of kind {@code i % 4}), each delivery
 * new to the app (its own trigger, action time, view or event ID, numbered from {@code first}): {@code /report}, a
 * click on a triage message's Dismiss button (by a responder, on the report {@code reportId}), the report form
 * (reports of one mail, so that every one after the first joins its campaign) and a message event in a channel.
 */
final class AckMix {

    enum Kind {
        COMMAND("/report"), CLICK("triage click"), FORM("form submission"), EVENT("message event");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static final String CHANNEL = "C0GENERAL";
    /** The triage message's Dismiss button (TriageMessage.DISMISS). */
    static final String DISMISS = "triage_dismiss";
    private static final String MAIL = "https://login.ack-bench-mailer.com/verify";

    private AckMix() {
    }

    static Kind kindOf(int index) {
        return Kind.values()[index % Kind.values().length];
    }

    /** {@code count} bodies, numbered from {@code first} (unique across the runs of one bot). */
    static List<String> bodies(int first, int count, String reportId) {
        List<String> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bodies.add(body(kindOf(i), first + i, reportId));
        }
        return bodies;
    }

    static String body(Kind kind, int n, String reportId) {
        return switch (kind) {
            case COMMAND -> command(n);
            case CLICK -> click(n, reportId);
            case FORM -> form(n);
            case EVENT -> event(n);
        };
    }

    /** The report form of one mail, from a reporter of its own. */
    static String form(int n) {
        return ReportForms.body("U0ACK%06d".formatted(n), "V0ACK%06d".formatted(n), Map.of("category", "phishing_mail",
                "what", "A mail asked me to verify my mailbox.", "when", "just now", "system", "my laptop",
                "observables", MAIL));
    }

    private static String command(int n) {
        return urlEncoded("token", "bench-verification-token", "team_id", ReportForms.TEAM_ID, "team_domain", "subarachnoid",
                "channel_id", CHANNEL, "channel_name", "general", "user_id", "U0ACK%06d".formatted(n),
                "user_name", "ack" + n, "command", "/report", "text", "", "api_app_id", ReportForms.APP_ID,
                "is_enterprise_install", "false", "response_url", "http://127.0.0.1:9/commands/" + n,
                "trigger_id", "2000000000.%d.ackbench".formatted(n));
    }

    private static String click(int n, String reportId) {
        ObjectNode payload = Http.JSON.createObjectNode().put("type", "block_actions");
        payload.putObject("user").put("id", "U0RESPOND1").put("username", "respond1").put("name", "respond1")
                .put("team_id", ReportForms.TEAM_ID);
        payload.put("api_app_id", ReportForms.APP_ID).put("token", "bench-verification-token");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", FakeSlack.TRIAGE).put("is_ephemeral", false);
        payload.put("trigger_id", "3000000000.%d.ackbench".formatted(n));
        payload.putObject("team").put("id", ReportForms.TEAM_ID).put("domain", "subarachnoid");
        payload.putNull("enterprise").put("is_enterprise_install", false);
        payload.putObject("channel").put("id", FakeSlack.TRIAGE).put("name", "csirt-triage");
        payload.putObject("message").put("type", "message").put("ts", "1700000000.000100").put("text", "A report")
                .put("bot_id", ReportForms.BOT_ID);
        payload.putObject("state").putObject("values");
        payload.put("response_url", "http://127.0.0.1:9/actions/" + n);
        ObjectNode action = payload.putArray("actions").addObject().put("action_id", DISMISS).put("block_id", "triage")
                .put("value", reportId).put("type", "button").put("action_ts", "1700000001.%06d".formatted(n));
        action.putObject("text").put("type", "plain_text").put("text", "Dismiss");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    private static String event(int n) {
        ObjectNode body = Http.JSON.createObjectNode().put("token", "bench-verification-token")
                .put("team_id", ReportForms.TEAM_ID).put("api_app_id", ReportForms.APP_ID);
        body.putObject("event").put("type", "message").put("channel", CHANNEL).put("user", "U0EMPLOY1")
                .put("text", "Lunch at noon? (" + n + ")").put("ts", "1700000002.%06d".formatted(n))
                .put("event_ts", "1700000002.%06d".formatted(n)).put("channel_type", "channel");
        body.put("type", "event_callback").put("event_id", "Ev0ACK%08d".formatted(n)).put("event_time", 1700000002)
                .put("is_ext_shared_channel", false);
        body.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", ReportForms.TEAM_ID)
                .put("user_id", "U0BOTUSER").put("is_bot", true).put("is_enterprise_install", false);
        return body.toString();
    }

    private static String urlEncoded(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(pairs[i]).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
