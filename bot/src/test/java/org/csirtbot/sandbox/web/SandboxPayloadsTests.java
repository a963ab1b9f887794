package org.csirtbot.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.sandbox.web.StubWorkspace.APP;
import static org.csirtbot.sandbox.web.StubWorkspace.BOT_MESSAGE_TS;
import static org.csirtbot.sandbox.web.StubWorkspace.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.csirtbot.sandbox.workspace.SlackSamples;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.events.payload.MessageChangedPayload;
import com.slack.api.app_backend.events.payload.MessageDeletedPayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.app_backend.events.payload.ReactionAddedPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewClosedPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.util.json.GsonFactory;

/** What the sandbox sends the bot parses with the Slack SDK's own models and passes Bolt's signature check. */
class SandboxPayloadsTests {

    static final String REPORT_FORM = """
            {"id":"V0REPORT","type":"modal","callback_id":"report_form","private_metadata":"{\\"channel\\":\\"C0GENERAL\\"}",
             "notify_on_close":true,"title":{"type":"plain_text","text":"Report"},
             "submit":{"type":"plain_text","text":"Send"},"close":{"type":"plain_text","text":"Cancel"},
             "blocks":[{"type":"input","block_id":"what","label":{"type":"plain_text","text":"What happened?"},
                        "element":{"type":"plain_text_input","action_id":"what_input","multiline":true}},
                       {"type":"input","block_id":"when","label":{"type":"plain_text","text":"When?"},
                        "element":{"type":"datepicker","action_id":"when_date"}}]}""";

    private static final Gson gson = GsonFactory.createSnakeCase();
    private static final Named ALICE = new Named("U0ALICE", "alice");
    private static final Named GENERAL = new Named("C0GENERAL", "general");

    private final InteractionPayloads interactions = new InteractionPayloads(APP);
    private final PersonView.Message botMessage = new StubWorkspace().seenBy("U0ALICE")
            .message(StubWorkspace.GENERAL, BOT_MESSAGE_TS).orElseThrow();

    @Test
    void aSignedBodyPassesBoltsOwnVerifier() {
        String body = SlackSigning.formBody(new CommandForms(APP).slashCommand(ALICE, GENERAL, "/report",
                "phishing mail & \"invoice\" 東京", "https://hooks.slack.com/commands/x", "1.2.3"));
        String timestamp = "1700000000";

        String signature = SlackSigning.sign("secret-1", timestamp, body);

        SlackSignature.Verifier verifier = new SlackSignature.Verifier(new SlackSignature.Generator("secret-1"));
        assertThat(verifier.isValid(timestamp, body, signature, 1_700_000_000_000L)).isTrue();
        assertThat(verifier.isValid(timestamp, body + " ", signature, 1_700_000_000_000L)).isFalse();
        assertThat(body).contains("command=%2Freport", "user_name=alice", "text=phishing+mail+%26+%22invoice%22+");
    }

    @Test
    void aChoiceInASelectOfABotMessageIsSentWithTheChosenOptionAndTheMessage() {
        JsonNode select = ChosenAction.find(botMessage.blocks(), "triage", "severity").orElseThrow();
        String json = interactions.blockActions(ALICE, GENERAL, Places.message(APP, botMessage),
                ChosenAction.of(select, "triage", "S2"), "1.2.3", "https://hooks.slack.com/actions/x");

        BlockActionPayload p = gson.fromJson(json, BlockActionPayload.class);
        assertThat(p.getActions()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo("static_select");
            assertThat(a.getBlockId()).isEqualTo("triage");
            assertThat(a.getSelectedOption().getValue()).isEqualTo("S2");
            assertThat(a.getSelectedOption().getText().getText()).isEqualTo("S2 high");
        });
        assertThat(p.getMessage().getTs()).isEqualTo(BOT_MESSAGE_TS);
        assertThat(p.getMessage().getBotId()).isEqualTo(APP.botId());
        assertThat(p.getContainer().getChannelId()).isEqualTo("C0GENERAL");
        assertThat(p.getTriggerId()).isEqualTo("1.2.3");
    }

    @Test
    void aButtonSendsItsOwnValueWhateverTheBrowserSays() {
        JsonNode button = ChosenAction.find(botMessage.blocks(), "triage", "open_incident").orElseThrow();
        BlockActionPayload p = gson.fromJson(interactions.blockActions(ALICE, GENERAL, Places.message(APP, botMessage),
                ChosenAction.of(button, "triage", "forged"), "1.2.3", "u"), BlockActionPayload.class);

        assertThat(p.getActions().get(0).getValue()).isEqualTo("R-1");
        assertThat(p.getActions().get(0).getActionTs()).matches("\\d{10}\\.\\d{6}");
    }

    @Test
    void aSubmittedFormCarriesTheViewTheBotOpenedAndTheValuesTyped() {
        JsonNode values = JsonNodes.MAPPER.valueToTree(Map.of(
                "what", Map.of("what_input", Map.of("type", "plain_text_input", "value", "odd \"invoice\" mail")),
                "when", Map.of("when_date", Map.of("type", "datepicker", "selected_date", "2026-12-07"))));

        ViewSubmissionPayload p = gson.fromJson(interactions.viewSubmission(ALICE, json(REPORT_FORM), values, "1.2.3"),
                ViewSubmissionPayload.class);

        assertThat(p.getView().getCallbackId()).isEqualTo("report_form");
        assertThat(p.getView().getPrivateMetadata()).isEqualTo("{\"channel\":\"C0GENERAL\"}");
        assertThat(p.getView().getHash()).isNotBlank();
        assertThat(p.getView().getState().getValues().get("what").get("what_input").getValue())
                .isEqualTo("odd \"invoice\" mail");
        assertThat(p.getView().getState().getValues().get("when").get("when_date").getSelectedDate())
                .isEqualTo("2026-12-07");
        assertThat(p.getUser().getName()).isEqualTo("alice");
        assertThat(p.getTeam().getId()).isEqualTo(APP.teamId());
    }

    @Test
    void closingAFormTellsWhichView() {
        ViewClosedPayload p = gson.fromJson(interactions.viewClosed(ALICE, json(REPORT_FORM)), ViewClosedPayload.class);

        assertThat(p.getType()).isEqualTo("view_closed");
        assertThat(p.getView().getId()).isEqualTo("V0REPORT");
        assertThat(p.getUser().getId()).isEqualTo("U0ALICE");
    }

    @Test
    void reactionsAndMessagesAreEventCallbacksWithFreshEventIds() {
        EventPayloads events = new EventPayloads(APP);
        ReactionAddedPayload reaction = gson.fromJson(
                events.reactionAdded("U0RITA", "C0INC", "1700000000.000200", "pushpin", "U0ALICE"),
                ReactionAddedPayload.class);
        MessagePayload reply = gson.fromJson(
                events.message("U0RITA", "C0INC", "channel", "1700000002.000001", "1700000000.000200", "on it"),
                MessagePayload.class);

        assertThat(reaction.getEvent().getReaction()).isEqualTo("pushpin");
        assertThat(reaction.getEvent().getItem().getTs()).isEqualTo("1700000000.000200");
        assertThat(reaction.getEvent().getItemUser()).isEqualTo("U0ALICE");
        assertThat(reply.getEvent().getText()).isEqualTo("on it");
        assertThat(reply.getEvent().getThreadTs()).isEqualTo("1700000000.000200");
        assertThat(reply.getEvent().getChannelType()).isEqualTo("channel");
        assertThat(reaction.getEventId()).startsWith("Ev").isNotEqualTo(reply.getEventId());
        assertThat(reaction.getTeamId()).isEqualTo(APP.teamId());
    }

    @Test
    void editsAndDeletionsAreMessageEventsWithEveryFieldOfSlacksSamples() throws Exception {
        EventPayloads events = new EventPayloads(APP);
        String changedJson = events.messageChanged("U0RITA", "C0INC", "channel", "1700000000.000200", null,
                "the IP is 203.0.113.7", "the IP is 203.0.113.8", "1700000050.000001");
        String deletedJson = events.messageDeleted("U0RITA", "C0INC", "channel", "1700000000.000200", null,
                "the IP is 203.0.113.8", "1700000060.000001");
        MessageChangedPayload changed = gson.fromJson(changedJson, MessageChangedPayload.class);
        MessageDeletedPayload deleted = gson.fromJson(deletedJson, MessageDeletedPayload.class);

        assertThat(changed.getEvent().getSubtype()).isEqualTo("message_changed");
        assertThat(changed.getEvent().getMessage().getTs()).isEqualTo("1700000000.000200");
        assertThat(changed.getEvent().getMessage().getText()).isEqualTo("the IP is 203.0.113.8");
        assertThat(changed.getEvent().getMessage().getEdited().getTs()).isEqualTo("1700000050.000001");
        assertThat(changed.getEvent().getMessage().getEdited().getUser()).isEqualTo("U0RITA");
        assertThat(json(changedJson).at("/event/previous_message/text").asText()).isEqualTo("the IP is 203.0.113.7");
        assertThat(deleted.getEvent().getSubtype()).isEqualTo("message_deleted");
        assertThat(deleted.getEvent().getDeletedTs()).isEqualTo("1700000000.000200");
        assertThat(deleted.getEvent().getTs()).isEqualTo("1700000060.000001");
        assertThat(deleted.getEvent().getPreviousMessage().getText()).isEqualTo("the IP is 203.0.113.8");
        assertFieldsOf("bolt-python_message_changed_event_callback.json", changedJson);
        assertFieldsOf("bolt-python_message_deleted_event_callback.json", deletedJson);
    }

    /** Every field the sample's event (and the messages in it) has, the sandbox's event has too. */
    private static void assertFieldsOf(String sample, String sent) throws Exception {
        JsonNode expected = SlackSamples.object("events/" + sample).get("event");
        JsonNode actual = json(sent).get("event");
        assertThat(names(actual)).containsAll(names(expected));
        for (String nested : new String[] {"message", "previous_message"}) {
            if (expected.has(nested)) {
                assertThat(names(actual.get(nested))).containsAll(names(expected.get(nested)));
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void typedTextIsEscapedAsSlackDoesAndIncidentMentionsBecomeIds() {
        PersonView seen = new StubWorkspace().seenBy("U0ALICE");

        assertThat(TypedText.ofCommand("/incident", "role scribe @rita in #general & <b>", seen))
                .isEqualTo("role scribe <@U0RITA|rita> in <#C0GENERAL|general> &amp; &lt;b&gt;");
        assertThat(TypedText.ofCommand("/incident", "note mail to ops@example.com from @nobody", seen))
                .isEqualTo("note mail to ops@example.com from @nobody");
        assertThat(TypedText.ofCommand("/report", "@rita saw it", seen)).isEqualTo("@rita saw it");
    }
}
