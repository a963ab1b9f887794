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
