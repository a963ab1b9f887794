package org.csirtbot.slack.fuzz;

import static org.csirtbot.slack.fuzz.FuzzRun.RESPONDERS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A form element's state as Slack would send it for what a person typed or picked: hostile text in text inputs,
 * mostly the element's own options in menus (sometimes a value it does not offer), odd dates and times. Values
 * keep the JSON type Slack sends (a number stays a number); a wrong type is out of scope, Bolt refuses it first.
 */
final class FuzzInputs {

    private FuzzInputs() {
    }

    static Map<String, Object> value(HostileText gen, JsonNode element) {
        String type = element.path("type").asText();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", type);
        switch (type) {
            case "static_select", "radio_buttons", "external_select" -> value.put("selected_option",
                    gen.chance(0.1) ? null : option(choice(gen, element)));
            case "multi_static_select", "checkboxes" -> {
                List<Object> picked = new ArrayList<>();
                for (int i = gen.between(0, 3); i > 0; i--) {
                    picked.add(option(choice(gen, element)));
                }
                value.put("selected_options", picked);
            }
            case "users_select" -> value.put("selected_user", gen.chance(0.1) ? null : user(gen));
            case "multi_users_select" -> value.put("selected_users", List.of(user(gen), user(gen)));
            case "conversations_select", "channels_select" -> value.put(type.startsWith("channels")
                    ? "selected_channel" : "selected_conversation", gen.chance(0.7) ? "C0FUZZ001" : gen.mix(1));
            case "datepicker" -> value.put("selected_date", gen.pick(List.of("2026-12-07", "1970-01-01", "9999-12-31",
                    "2026-02-30", "0000-00-00", "", gen.mix(1))));
            case "timepicker" -> value.put("selected_time", gen.pick(List.of("09:30", "23:59", "24:00", "", gen.mix(1))));
            case "datetimepicker" -> value.put("selected_date_time", gen.pick(List.of(1796601600, 0, -1,
                    Integer.MAX_VALUE, Integer.MIN_VALUE)));
            case "number_input" -> value.put("value", gen.pick(List.of("0", "-1", "1.5", "1e309", "NaN",
                    "99999999999999999999", "０", gen.mix(1))));
            default -> value.put("value", text(gen, element));
        }
        return value;
    }

    private static String text(HostileText gen, JsonNode element) {
        if (gen.chance(0.05)) {
            return null;
        }
        int max = element.path("max_length").asInt(3000);
        return gen.chance(0.6) ? gen.shortText(Math.max(1, max)) : gen.any();
    }

    /** One of the element's options (in groups too), or a value it does not offer. */
    private static String choice(HostileText gen, JsonNode element) {
        List<String> offered = new ArrayList<>();
        element.findValues("value").forEach(v -> offered.add(v.asText()));
        return offered.isEmpty() ? gen.any() : gen.choice(offered);
    }

    private static Map<String, Object> option(String value) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("text", Map.of("type", "plain_text", "text", value, "emoji", true));
        option.put("value", value);
        return option;
    }

    private static String user(HostileText gen) {
        return gen.chance(0.6) ? gen.pick(RESPONDERS) : gen.nonResponder();
    }
}
