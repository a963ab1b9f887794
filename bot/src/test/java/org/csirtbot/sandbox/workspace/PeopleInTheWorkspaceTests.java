package org.csirtbot.sandbox.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.csirtbot.testkit.fakeslack.FakeSlackWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.Message;
import com.slack.api.model.Reaction;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewTitle;

/** What the sandbox needs of the people in a workspace: their names, their reactions, whose screen a form is on. */
class PeopleInTheWorkspaceTests {

    private static final String AIKO = "U0AIKO001";
    private static final String BEN = "U0BEN0001";
    @RegisterExtension
    static final SlackSdkOnTheFake sdk = new SlackSdkOnTheFake();
    private static final FakeSlackWorkspace fake = sdk.fake;
    private static final MethodsClient client = sdk.client;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final View view = View.builder().type("modal").callbackId("report_submit")
            .title(ViewTitle.builder().type("plain_text").text("Report").build()).blocks(List.of()).build();

    @Test
    void usersInfoAnswersTheGivenName() throws Exception {
        fake.givenUserName(AIKO, "Aiko Tanaka");

        var aiko = client.usersInfo(r -> r.user(AIKO)).getUser();

        assertThat(aiko.getName()).isEqualTo("Aiko Tanaka");
        assertThat(aiko.getRealName()).isEqualTo("Aiko Tanaka");
        assertThat(aiko.getProfile().getDisplayName()).isEqualTo("Aiko Tanaka");
        assertThat(client.usersInfo(r -> r.user(BEN)).getUser().getName()).as("a person not named").isNotEqualTo(
                "Aiko Tanaka");
    }

    @Test
    void reactionsShowInHistoryWithWhoReactedAndTwiceIsRefused() throws Exception {
        fake.givenChannel("C0ROOM001", "inc-1", false, AIKO, BEN);
        String ts = client.chatPostMessage(r -> r.channel("C0ROOM001").text("The attacker's IP is 203.0.113.7"))
                .getTs();

        assertThat(fake.messages().reaction("C0ROOM001", ts, AIKO, "pushpin")).isNull();
        assertThat(fake.messages().reaction("C0ROOM001", ts, BEN, "pushpin")).isNull();
        assertThat(fake.messages().reaction("C0ROOM001", ts, BEN, "pushpin")).isEqualTo("already_reacted");
        assertThat(fake.messages().reaction("C0ROOM001", "1.000001", BEN, "eyes")).isEqualTo("message_not_found");

        Message message = client.conversationsHistory(r -> r.channel("C0ROOM001")).getMessages().get(0);
        assertThat(message.getReactions()).extracting(Reaction::getName, Reaction::getUsers, Reaction::getCount)
                .containsExactly(tuple("pushpin", List.of(AIKO, BEN), 2));
        assertThat(fake.messages("C0ROOM001").get(0).reactions()).isEqualTo(Map.of("pushpin", List.of(AIKO, BEN)));
    }

    @Test
    void aFormIsOnTheScreenOfThePersonWhoseActionSentTheTrigger() throws Exception {
        fake.screens().triggerFrom("1111.2222.abcdef12", AIKO);

        String id = client.viewsOpen(r -> r.triggerId("1111.2222.abcdef12").view(view)).getView().getId();
        client.viewsUpdate(r -> r.viewId(id).view(view));
        client.viewsOpen(r -> r.triggerId("3333.4444.abcdef12").view(view));

        assertThat(fake.views()).extracting(WorkspaceModel.View::user).containsExactly(AIKO, null);
    }

    @Test
    void theAppsAnswerToASubmissionReplacesStacksOrClosesThePersonsForms() throws Exception {
        fake.screens().triggerFrom("5555.6666.abcdef12", BEN);
        String id = client.viewsOpen(r -> r.triggerId("5555.6666.abcdef12").view(view)).getView().getId();
        JsonNode thanks = JSON.readTree("{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"Thanks\"}}");

        fake.screens().update(id, thanks);
        String pushed = fake.screens().push(BEN, thanks);
        assertThat(fake.views()).extracting(WorkspaceModel.View::id).containsExactly(id, pushed);
        assertThat(fake.views().get(0).view().path("title").path("text").asText()).isEqualTo("Thanks");

        fake.screens().close(pushed);
        assertThat(fake.views()).extracting(WorkspaceModel.View::id).containsExactly(id);
        fake.screens().clear(BEN);
        assertThat(fake.views()).isEmpty();
    }
}
