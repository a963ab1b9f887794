package org.csirtbot.timeline.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;
import static org.csirtbot.testkit.TimelineEventPayloads.messageChanged;
import static org.csirtbot.testkit.TimelineEventPayloads.messageDeleted;
import static org.csirtbot.testkit.TimelineEventPayloads.messageOfSubtype;
import static org.csirtbot.testkit.TimelineEventPayloads.messagePosted;
import static org.csirtbot.testkit.TimelineEventPayloads.reactionAdded;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.ClosingSteps;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A :pushpin: on a room message captures it into the incident's timeline; its edits and deletion follow it there. */
class TimelineCaptureIntegrationTests extends SlackJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TS = "1599529504.000400";
    private static final String TYPED = "<!channel> <@UEMPLOY01> saw a login from 203.0.113.7 &lt;b&gt; & ログイン元を確認";

    @Autowired
    @Qualifier("slackWork")
    ThreadPoolTaskExecutor work;

    @Test
    void aPushpinLogsTheMessageExactlyAsWrittenWithItsAuthorTimeAndLinkAndTellsOnlyTheCapturer() {
        String incidentId = declared("Captured as written");
        String room = journeys.roomOf(incidentId);
        String permalink = slack.messages().given(room, TS, SECOND_RESPONDER, TYPED);

        var ack = requests.event(reactionAdded(RESPONDER, "pushpin", room, TS, SECOND_RESPONDER));

        assertThat(ack.status()).isEqualTo(200);
        JsonNode captured = awaitEntry(incidentId, "message_captured");
        assertThat(captured.path("actor").asText()).as("who captured it").isEqualTo(RESPONDER);
        assertThat(captured.path("data")).isEqualTo(json(Map.of("channel", room, "ts", TS, "author", SECOND_RESPONDER,
                "text", TYPED, "postedAt", "2020-09-08T01:45:04.000400Z", "permalink", permalink)));
        await().until(() -> toldIn(room, RESPONDER).size() == 1);
        assertThat(toldIn(room, RESPONDER).get(0)).isEqualTo("Captured in the timeline of " + incidentId
                + " (log entry #" + captured.path("seq").asInt() + "). Later edits or its deletion will be logged too.");
        assertThat(everythingPosted()).as("the captured text is only logged, so it pings nobody")
                .noneMatch(text -> text.contains("<!channel>") || text.contains("203.0.113.7"));
        assertVerifies(incidentId);
    }

    @Test
    void otherReactionsAndPushpinsOutsideIncidentRoomsAreIgnored() {
        String incidentId = declared("Only pushpins in rooms");
        String room = journeys.roomOf(incidentId);
        slack.messages().given(room, TS, SECOND_RESPONDER, "a room message");
        slack.messages().given(GENERAL, TS, SECOND_RESPONDER, "a message elsewhere");

        assertThat(requests.event(reactionAdded(RESPONDER, "heart_eyes", room, TS, SECOND_RESPONDER)).status())
                .isEqualTo(200);
        assertThat(requests.event(reactionAdded(RESPONDER, "pushpin", GENERAL, TS, SECOND_RESPONDER)).status())
                .isEqualTo(200);
        BackgroundWork.drain(work);

        assertThat(journeys.logKinds(incidentId)).doesNotContain("message_captured");
        assertThat(slack.count("conversations.history")).as("no message was read").isZero();
        assertThat(slack.count("chat.postEphemeral")).as("nobody was told anything").isZero();
    }

    @Test
    void aMessageCapturedTwiceIsLoggedOnceAndTheSecondCapturerIsToldWhere() {
        String incidentId = declared("Captured twice");
        String room = journeys.roomOf(incidentId);
        int seq = pinned(incidentId, room, "the firewall rule is in place").path("seq").asInt();

        requests.event(reactionAdded(SECOND_RESPONDER, "pushpin", room, TS, SECOND_RESPONDER));

        await().until(() -> toldIn(room, SECOND_RESPONDER).size() == 1);
        assertThat(toldIn(room, SECOND_RESPONDER).get(0)).isEqualTo("This message is already in the timeline of "
                + incidentId + " (log entry #" + seq + "); it is logged only once.");
        assertThat(journeys.logKinds(incidentId)).containsOnlyOnce("message_captured");
        assertThat(slack.count("conversations.history")).as("read from Slack once").isEqualTo(1);
    }

    @Test
    void anEditAndThenTheDeletionOfACapturedMessageAreLoggedAndTheCaptureStaysAsItWas() {
        String incidentId = declared("Edited, then deleted");
        String room = journeys.roomOf(incidentId);
        JsonNode captured = pinned(incidentId, room, "contained host A");

        requests.event(messageChanged(room, TS, SECOND_RESPONDER, "contained host A", "contained host B <@UCSIRT001>",
                "1599530000.000100"));
        JsonNode edited = awaitEntry(incidentId, "captured_message_edited");
        requests.event(messageDeleted(room, TS, SECOND_RESPONDER, "contained host B <@UCSIRT001>", "1599531000.000200"));
        JsonNode deleted = awaitEntry(incidentId, "captured_message_deleted");

        assertThat(edited.path("actor").asText()).isEqualTo(SECOND_RESPONDER);
        assertThat(edited.path("data")).isEqualTo(json(Map.of("channel", room, "ts", TS,
                "text", "contained host B <@UCSIRT001>", "editedAt", "2020-09-08T01:53:20.000100Z")));
        assertThat(deleted.path("data")).isEqualTo(json(Map.of("channel", room, "ts", TS,
                "deletedAt", "2020-09-08T02:10:00.000200Z")));
        assertThat(deleted.path("seq").asInt()).isEqualTo(edited.path("seq").asInt() + 1);
        assertThat(entry(incidentId, "message_captured")).as("the capture itself never changes").isEqualTo(captured);
        assertVerifies(incidentId);
    }

    @Test
    void editsAndDeletionsOfMessagesNotCapturedAreIgnored() {
        String incidentId = declared("Not captured");
        String room = journeys.roomOf(incidentId);
        int before = log(incidentId).size();

        assertThat(requests.event(messageChanged(room, TS, SECOND_RESPONDER, "draft", "final", "1599530000.000100"))
                .status()).isEqualTo(200);
        assertThat(requests.event(messageDeleted(room, TS, SECOND_RESPONDER, "final", "1599531000.000200")).status())
                .isEqualTo(200);
        BackgroundWork.drain(work);

        assertThat(log(incidentId)).hasSize(before);
    }

    @Test
    void aClosedIncidentsLogTakesNoEditOrDeletionOfACapturedMessage() {
        ClosingSteps closing = new ClosingSteps(slack, requests, port);
        String incidentId = closing.declare(RESPONDER, "Closed, then edited", "S3");
        String room = journeys.roomOf(incidentId);
        pinned(incidentId, room, "contained host A");
        closing.statuses(RESPONDER, room, "investigating", "post_incident");
        assertThat(closing.command(RESPONDER, room, "close")).startsWith("*" + incidentId + "* is closed.");

        requests.event(messageChanged(room, TS, SECOND_RESPONDER, "contained host A", "host B", "1599530000.000100"));
        requests.event(messageDeleted(room, TS, SECOND_RESPONDER, "host B", "1599531000.000200"));
        BackgroundWork.drain(work);

        assertThat(journeys.logKinds(incidentId)).contains("closed")
                .doesNotContain("captured_message_edited", "captured_message_deleted");
        assertVerifies(incidentId);
    }

    @Test
    void aRepeatedDeliveryOfTheSameEventIsHandledOnce() {
        String incidentId = declared("Delivered twice");
        String room = journeys.roomOf(incidentId);
        slack.messages().given(room, TS, SECOND_RESPONDER, "rotated the API keys");
        String event = reactionAdded(RESPONDER, "pushpin", room, TS, SECOND_RESPONDER);

        assertThat(requests.event(event).status()).isEqualTo(200);
        assertThat(requests.eventRetry(event, 1).status()).isEqualTo(200);
        awaitEntry(incidentId, "message_captured");
        BackgroundWork.drain(work);

        assertThat(journeys.logKinds(incidentId)).containsOnlyOnce("message_captured");
        assertThat(toldIn(room, RESPONDER)).as("no second notice: the retry was not handled again").hasSize(1);
        assertThat(slack.count("conversations.history")).isEqualTo(1);
        assertVerifies(incidentId);
    }

    @Test
    void aThreadReplyIsReadFromItsThreadAndLoggedWithItsThread() {
        String incidentId = declared("Thread reply");
        String room = journeys.roomOf(incidentId);
        String parent = "1599529000.000100";
        String permalink = slack.messages().givenReply(room, TS, parent, SECOND_RESPONDER, "the sender was spoofed");

        requests.event(reactionAdded(RESPONDER, "pushpin", room, TS, SECOND_RESPONDER));

        JsonNode data = awaitEntry(incidentId, "message_captured").path("data");
        assertThat(data.path("text").asText()).isEqualTo("the sender was spoofed");
        assertThat(data.path("threadTs").asText()).isEqualTo(parent);
        assertThat(data.path("permalink").asText()).isEqualTo(permalink).contains("thread_ts=" + parent);
    }

    @Test
    void aMessageSlackNoLongerHasIsNotCapturedAndTheCapturerIsToldInTheirLanguage() {
        String incidentId = declared("Gone before read");
        String room = journeys.roomOf(incidentId);
        slack.givenUserLocale("UJACAPT01", "ja-JP");

        requests.event(reactionAdded("UJACAPT01", "pushpin", room, "1599529999.000900", SECOND_RESPONDER));

        await().until(() -> toldIn(room, "UJACAPT01").size() == 1);
        assertThat(toldIn(room, "UJACAPT01").get(0)).contains("読み取れなかった");
        assertThat(journeys.logKinds(incidentId)).doesNotContain("message_captured");
    }

    @Test
    void everyOtherMessageEventOfTheRoomsIsAcknowledged() {
        String room = journeys.roomOf(declared("Plain messages"));

        var posted = requests.event(messagePosted(room, TS,
                SECOND_RESPONDER, "hello"));
        var joined = requests.event(messageOfSubtype(room, "channel_join",
                SECOND_RESPONDER));

        assertThat(List.of(posted.status(), joined.status())).containsOnly(200);
    }

    @Test
    void incidentHelpTellsHowToCapture() {
        assertThat(requests.slashCommand("/incident", "help", RESPONDER, GENERAL).body())
                .contains("React with :pushpin: to any message in an incident room");
    }

    private String declared(String title) {
        return journeys.declareWithRoom(RESPONDER, title);
    }

    /** {@code SECOND_RESPONDER} wrote {@code text} at {@link #TS} in the room and RESPONDER pinned it: the capture. */
    private JsonNode pinned(String incidentId, String room, String text) {
        slack.messages().given(room, TS, SECOND_RESPONDER, text);
        requests.event(reactionAdded(RESPONDER, "pushpin", room, TS, SECOND_RESPONDER));
        return awaitEntry(incidentId, "message_captured");
    }

    private JsonNode log(String incidentId) {
        return TestBot.api(port, "/api/incidents/" + incidentId + "/log").body();
    }

    private JsonNode awaitEntry(String incidentId, String kind) {
        await().until(() -> entry(incidentId, kind) != null);
        return entry(incidentId, kind);
    }

    private JsonNode entry(String incidentId, String kind) {
        for (JsonNode e : log(incidentId)) {
            if (kind.equals(e.path("kind").asText())) {
                return e;
            }
        }
        return null;
    }

    private void assertVerifies(String incidentId) {
        assertThat(TestBot.api(port, "/api/incidents/" + incidentId + "/log/verify").body().path("valid").asBoolean())
                .isTrue();
    }

    private List<String> toldIn(String channel, String user) {
        return slack.calls("chat.postEphemeral").stream()
                .filter(c -> channel.equals(c.get("channel")) && user.equals(c.get("user")))
                .map(c -> c.get("text")).toList();
    }

    private List<String> everythingPosted() {
        return Stream.of("chat.postMessage", "chat.postEphemeral", "chat.update")
                .flatMap(method -> slack.calls(method).stream())
                .map(c -> String.valueOf(c.get("text")) + String.valueOf(c.get("blocks"))).toList();
    }

    private static JsonNode json(Map<String, String> fields) {
        return JSON.valueToTree(fields);
    }
}
