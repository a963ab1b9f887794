package org.csirtbot.report.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.report.slack.ReportFromSlackIntegrationTests.AUTHOR;
import static org.csirtbot.report.slack.ReportFromSlackIntegrationTests.initial;
import static org.csirtbot.report.slack.ReportFromSlackIntegrationTests.intro;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TimelineEventPayloads.reactionAdded;

import java.util.List;

import org.csirtbot.sandbox.workspace.SlackIds;
import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.storage.ReportDocument;
import org.csirtbot.testkit.BackgroundWork;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.SlackTestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The report reaction (:csirt:, {@code CSIRTBOT_REPORT_REACTION}) on a message: the bot asks the person who added it,
 * in a message only they see, whether to report it, and files nothing; its button opens the report form filled from
 * the message. Other reactions, and the bot's own, do nothing.
 */
class ReportReactionIntegrationTests extends SlackJourneyTest {

    @Autowired
    @Qualifier("slackWork")
    ThreadPoolTaskExecutor work;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theReactionAsksOnlyThePersonWhoAddedItAndFilesNothing() {
        String ts = SlackIds.nextTs();
        slack.messages().given(GENERAL, ts, AUTHOR, "Your mailbox is full, verify at https://mailbox.example.com/");
        long reports = mongo.count(new Query(), ReportDocument.class);

        assertThat(requests.event(reactionAdded(EMPLOYEE, "csirt", GENERAL, ts, AUTHOR)).status()).isEqualTo(200);

        await().until(() -> !slack.ephemerals().isEmpty());
        BackgroundWork.drain(work);
        WorkspaceModel.Ephemeral asked = slack.ephemerals().get(0);
        assertThat(slack.ephemerals()).as("one question, to the person who reacted").hasSize(1);
        assertThat(asked.user()).isEqualTo(EMPLOYEE);
        assertThat(asked.channel()).isEqualTo(GENERAL);
        assertThat(asked.text()).startsWith("Report this message to the CSIRT?");
        assertThat(button(asked).path("action_id").asText()).isEqualTo(ReportReaction.OFFER);
        assertThat(slack.calls("chat.postMessage")).as("nothing in triage, no direct message").isEmpty();
        assertThat(slack.count("views.open")).isZero();
        assertThat(mongo.count(new Query(), ReportDocument.class)).as("nothing filed").isEqualTo(reports);
    }

    @Test
    void itsButtonOpensTheFormFilledFromTheMessageAsSlackHoldsItNow() {
        String ts = SlackIds.nextTs();
        String permalink = slack.messages().given(GENERAL, ts, AUTHOR, "Send me the AWS key AKIA0000EXAMPLE, thanks");
        requests.event(reactionAdded(EMPLOYEE, "csirt", GENERAL, ts, AUTHOR));
        await().until(() -> !slack.ephemerals().isEmpty());
        WorkspaceModel.Ephemeral asked = slack.ephemerals().get(0);

        JsonNode view = slack.formOpenedBy(() -> requests.click(EMPLOYEE, GENERAL, asked.messageTs(),
                ReportReaction.OFFER, button(asked).path("value").asText()));

        assertThat(view.path("callback_id").asText()).isEqualTo("report_submit");
        assertThat(intro(view)).contains("<@" + AUTHOR + ">", "<#" + GENERAL + ">", "<" + permalink + "|open it>");
        assertThat(initial(view, "what")).isEqualTo("Send me the AWS key AKIA0000EXAMPLE, thanks");
        assertThat(view.path("private_metadata").asText()).contains(ts, AUTHOR);
    }

    @Test
    void otherReactionsAndTheBotsOwnDoNothing() {
        String ts = SlackIds.nextTs();
        slack.messages().given(GENERAL, ts, AUTHOR, "lunch?");

        requests.event(reactionAdded(EMPLOYEE, "heart", GENERAL, ts, AUTHOR));
        requests.event(reactionAdded(EMPLOYEE, "pushpin", GENERAL, ts, AUTHOR));
        requests.event(reactionAdded(SlackTestIds.BOT_USER_ID, "csirt", GENERAL, ts, AUTHOR));
        BackgroundWork.drain(work);

        assertThat(slack.ephemerals()).isEmpty();
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        assertThat(slack.count("conversations.history")).as("no message was read").isZero();
    }

    @Test
    void aMessageGoneBeforeTheClickIsSaidSoAndNoFormOpens() {
        String ts = SlackIds.nextTs();
        slack.messages().given(GENERAL, ts, AUTHOR, "I will delete this soon");
        requests.event(reactionAdded(EMPLOYEE, "csirt", GENERAL, ts, AUTHOR));
        await().until(() -> !slack.ephemerals().isEmpty());
        WorkspaceModel.Ephemeral asked = slack.ephemerals().get(0);
        slack.messages().delete(GENERAL, ts, AUTHOR);

        requests.click(EMPLOYEE, GENERAL, asked.messageTs(), ReportReaction.OFFER, button(asked).path("value").asText());

        await().until(() -> slack.ephemerals().size() == 2);
        assertThat(slack.ephemerals().get(1).user()).isEqualTo(EMPLOYEE);
        assertThat(slack.ephemerals().get(1).text()).startsWith("That message can no longer be read");
        assertThat(slack.count("views.open")).isZero();
    }

    private static JsonNode button(WorkspaceModel.Ephemeral ephemeral) {
        List<JsonNode> buttons = ephemeral.blocks().findParents("action_id");
        assertThat(buttons).hasSize(1);
        return buttons.get(0);
    }
}
