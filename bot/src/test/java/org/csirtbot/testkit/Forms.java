package org.csirtbot.testkit;

import static org.csirtbot.testkit.SlackPayloads.checkboxes;
import static org.csirtbot.testkit.SlackPayloads.plainText;
import static org.csirtbot.testkit.SlackPayloads.staticSelect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** What a person types into the bot's forms, as the view state Slack submits. */
public final class Forms {

    public static final Pattern REPORT_ID = Pattern.compile("RPT-\\d{4}-\\d{6}");
    public static final Pattern INCIDENT_ID = Pattern.compile("INC-\\d{4}-\\d{4}");

    private Forms() {
    }

    public static Map<String, Map<String, Object>> report(String category, String what, String when, String system,
                                                    String observables) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("category", Map.of("value", staticSelect(category)));
        state.put("what", Map.of("value", plainText(what)));
        state.put("when", Map.of("value", plainText(when)));
        state.put("system", Map.of("value", plainText(system)));
        state.put("observables", Map.of("value", plainText(observables)));
        return state;
    }

    public static Map<String, Map<String, Object>> phishingReport() {
        return report("phishing_mail", "A mail from \"IT\" asked me to log in at a strange site.", "today 9:30",
                "Outlook on my laptop", "it-support@examp1e.com\nhttps://examp1e.com/login");
    }

    /**
     * The report form {@code report} with a file attached to its "Attach the suspicious mail" field ({@code file_input},
     * block {@code mail_file}), as Slack puts it in the submitted state: {@code {"type": "file_input", "files": [file]}}.
     */
    public static Map<String, Map<String, Object>> withMail(Map<String, Map<String, Object>> report,
                                                         Map<String, Object> file) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>(report);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "file_input");
        value.put("files", java.util.List.of(file));
        state.put("mail_file", Map.of("value", value));
        return state;
    }

    /**
     * A file as Slack describes one uploaded through a {@code file_input} (the view_submission state's {@code files[]}):
     * Slack's file object with the fields the bot reads ({@code id} "F…", {@code name}, {@code filetype}, {@code size},
     * {@code url_private}, {@code permalink}) and a few more it carries. Shape written from Slack's public docs
     * (docs.slack.dev: "File input element", "File object"); no sample copied.
     */
    public static Map<String, Object> uploadedFile(String uploader, String name, String filetype, long size) {
        String id = "F0" + Long.toString(Math.abs(System.nanoTime()) % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("id", id);
        file.put("created", 1_765_000_000L);
        file.put("timestamp", 1_765_000_000L);
        file.put("name", name);
        file.put("title", name);
        file.put("mimetype", "eml".equals(filetype) ? "message/rfc822" : "application/octet-stream");
        file.put("filetype", filetype);
        file.put("pretty_type", filetype.toUpperCase(java.util.Locale.ROOT));
        file.put("user", uploader);
        file.put("user_team", SlackTestIds.TEAM_ID);
        file.put("editable", false);
        file.put("size", size);
        file.put("mode", "hosted");
        file.put("is_external", false);
        file.put("external_type", "");
        file.put("is_public", false);
        file.put("public_url_shared", false);
        file.put("display_as_bot", false);
        file.put("username", "");
        file.put("url_private", "https://files.slack.com/files-pri/" + SlackTestIds.TEAM_ID + "-" + id + "/" + name);
        file.put("url_private_download", "https://files.slack.com/files-pri/" + SlackTestIds.TEAM_ID + "-" + id
                + "/download/" + name);
        file.put("permalink", "https://" + SlackTestIds.TEAM_DOMAIN + ".slack.com/files/" + uploader + "/" + id + "/"
                + name);
        file.put("has_rich_preview", false);
        file.put("file_access", "visible");
        return file;
    }

    public static Map<String, Map<String, Object>> declaration(String title, String severity, String category, String tlp,
                                                         boolean confidential, boolean inviteReporter) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("title", Map.of("value", plainText(title)));
        state.put("severity", Map.of("value", staticSelect(severity)));
        state.put("category", Map.of("value", staticSelect(category)));
        state.put("tlp", Map.of("value", staticSelect(tlp)));
        state.put("confidential", Map.of("value", confidential ? checkboxes("yes") : checkboxes()));
        state.put("invite_reporter", Map.of("value", inviteReporter ? checkboxes("yes") : checkboxes()));
        return state;
    }

    /** The declare form {@code declaration} with "When did it begin?" set to {@code began}. */
    public static Map<String, Map<String, Object>> began(Map<String, Map<String, Object>> declaration, java.time.Instant began) {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>(declaration);
        state.put("began", Map.of("value", SlackPayloads.datetimepicker(began.getEpochSecond())));
        return state;
    }

    public static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in " + text);
        }
        return m.group();
    }

    /** Every action ID of the buttons in a message's blocks. */
    public static java.util.List<String> actionIds(JsonNode blocks) {
        return blocks.findValues("action_id").stream().map(JsonNode::asText).toList();
    }
}
