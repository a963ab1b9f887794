package org.csirtbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.sandbox.workspace.SlackSamples;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.slack.api.app_backend.events.payload.AppMentionPayload;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;

/** Checks the payload builders keep the samples' shape and parse with the Slack SDK's own models. */
class SlackPayloadsTests {

    private static final Gson gson = GsonFactory.createSnakeCase();

    @Test
    void viewSubmissionKeepsTheSampleShapeAndEveryStateHelperParses() {
        Map<String, Map<String, Object>> state = new LinkedHashMap<>();
        state.put("summary", Map.of("summary_input", SlackPayloads.plainText(null)));
        state.put("systems", Map.of("systems_boxes", SlackPayloads.checkboxes("db", "vpn")));
        state.put("detected", Map.of("detected_date", SlackPayloads.datepicker("2026-11-25")));
        state.put("lead", Map.of("lead_select", SlackPayloads.usersSelect("U0LEAD")));
        String json = SlackPayloads.viewSubmission("U0ALICE", "declare_incident", "V0K9", "meta", state);

        JsonNode tree = SlackSamples.json("interactivity/bolt-python_view_submission_payload.json");
        assertThat(fieldNames(parse(json))).containsAll(fieldNames(tree));
        assertThat(fieldNames(parse(json).get("view"))).containsAll(fieldNames(tree.get("view")));
        assertThat(parse(json).at("/view/blocks/1/element/type").asText()).isEqualTo("checkboxes");

        ViewSubmissionPayload p = gson.fromJson(json, ViewSubmissionPayload.class);
        assertThat(p.getUser().getId()).isEqualTo("U0ALICE");
        assertThat(p.getTeam().getId()).isEqualTo(SlackTestIds.TEAM_ID);
        assertThat(p.getView().getId()).isEqualTo("V0K9");
        assertThat(p.getView().getCallbackId()).isEqualTo("declare_incident");
        assertThat(p.getView().getPrivateMetadata()).isEqualTo("meta");
        Map<String, Map<String, ViewState.Value>> values = p.getView().getState().getValues();
        assertThat(values.get("summary").get("summary_input").getValue()).isNull();
        assertThat(values.get("systems").get("systems_boxes").getSelectedOptions())
                .extracting(o -> o.getValue()).containsExactly("db", "vpn");
        assertThat(values.get("detected").get("detected_date").getSelectedDate()).isEqualTo("2026-11-25");
        assertThat(values.get("lead").get("lead_select").getSelectedUser()).isEqualTo("U0LEAD");
    }

    @Test
    void blockActionsKeepTheSampleShapeAndParse() {
        String json = SlackPayloads.blockActions("U0BOB", "C0INC", "1700000000.000100", "ack", "INC-1", "1.2.3");
        JsonNode tree = SlackSamples.json("interactivity/bolt-python_block_actions_payload.json");
        assertThat(fieldNames(parse(json))).containsAll(fieldNames(tree));

        BlockActionPayload p = gson.fromJson(json, BlockActionPayload.class);
        assertThat(p.getActions()).singleElement().satisfies(a -> {
            assertThat(a.getActionId()).isEqualTo("ack");
            assertThat(a.getValue()).isEqualTo("INC-1");
            assertThat(a.getType()).isEqualTo("button");
        });
        assertThat(p.getChannel().getId()).isEqualTo("C0INC");
        assertThat(p.getMessage().getTs()).isEqualTo("1700000000.000100");
        assertThat(p.getResponseUrl()).startsWith("https://hooks.slack.com/actions/" + SlackTestIds.TEAM_ID + "/");
    }

    @Test
    void eventCallbackWrapsTheEventWithAFreshEventId() {
        String event = SlackSamples.object("events/java-slack-sdk_app_mention_event_callback.json").get("event").toString();
        String a = SlackPayloads.eventCallback(event);
        String b = SlackPayloads.eventCallback(event);

        JsonNode tree = parse(a);
        assertThat(tree.get("type").asText()).isEqualTo("event_callback");
        assertThat(tree.get("event_id").asText()).startsWith("Ev")
                .isNotEqualTo(parse(b).get("event_id").asText());
        assertThat(tree.at("/authorizations/0/user_id").asText()).isEqualTo(SlackTestIds.BOT_USER_ID);

        EventsApiPayload<AppMentionEvent> p = gson.fromJson(a, AppMentionPayload.class);
        assertThat(p.getEvent().getText()).isEqualTo("<@U123> test");
        assertThat(p.getTeamId()).isEqualTo(SlackTestIds.TEAM_ID);
    }

    @Test
    void userTextIsJsonEscapedNotConcatenated() {
        String nasty = "\"}, \"type\": \"evil\", \"x\": {\"\n\\";
        String json = SlackPayloads.viewSubmission("U1", "cb", "V1", nasty, Map.of("b", Map.of("a", SlackPayloads.plainText(nasty))));
        JsonNode tree = parse(json);
        assertThat(tree.get("type").asText()).isEqualTo("view_submission");
        assertThat(tree.at("/view/private_metadata").asText()).isEqualTo(nasty);
        assertThat(tree.at("/view/state/values/b/a/value").asText()).isEqualTo(nasty);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode parse(String json) {
        try {
            return SlackSamples.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
