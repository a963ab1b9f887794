package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

/**
 * The jar configured to suggest rather than group (CSIRTBOT_CAMPAIGNS_GROUPING=suggest): a report like an open one is
 * posted to triage on its own, its reporter told as usual, and its post names the report it looks like. A responder
 * takes the suggestion with one click: the two become a campaign whose message is the first report's, and the second
 * report's post says where it went.
 */
class SuggestedGroupingIT extends BlackBoxTest {

    @Test
    void aReportLikeAnOpenOneIsPostedOnItsOwnNamingItAndAResponderGroupsThemWithOneClick() {
        JarBot bot = httpBot().with("CSIRTBOT_CAMPAIGNS_GROUPING", "suggest").start();
        PeopleInSlack people = new PeopleInSlack(slack, bot);
        String first = people.report(TestBot.EMPLOYEE, "A mail asked me to log in");
        String firstTs = people.triagePost(first).ts();

        var second = people.submitReport("UEMPLOY02", "The same mail reached me");

        assertThat(second.body()).contains("Your report is recorded as").doesNotContain("already known");
        String secondId = PeopleInSlack.first(PeopleInSlack.REPORT_ID, second.body());
        WorkspaceModel.Message post = people.triagePost(secondId);
        assertThat(post.blocks().toString()).contains("Looks like " + first);
        assertThat(people.api("/api/reports/" + secondId).path("campaignId").isNull()).isTrue();
        assertThat(PeopleInSlack.buttonValue(post, "triage_group")).isEqualTo(secondId);

        people.requests().click(TestBot.RESPONDER, TestBot.TRIAGE, post.ts(), "triage_group", secondId);

        await().until(() -> !people.api("/api/reports/" + secondId).path("campaignId").isNull());
        String campaign = people.api("/api/reports/" + secondId).path("campaignId").asText();
        assertThat(people.api("/api/reports/" + first).path("campaignId").asText()).isEqualTo(campaign);
        await().until(() -> at(post.ts()).blocks().toString(), blocks -> blocks.contains(
                "Grouped into campaign " + campaign + " by <@" + TestBot.RESPONDER + ">"));
        assertThat(at(post.ts()).blocks().findValues("action_id")).isEmpty();
        await().until(() -> at(firstTs).blocks().toString(),
                blocks -> blocks.contains(campaign + ": 2 reports"));
        assertThat(slack.messages(TestBot.TRIAGE)).as("no new post: the first report's became the campaign's")
                .hasSize(2);
    }

    private WorkspaceModel.Message at(String ts) {
        return slack.messages(TestBot.TRIAGE).stream().filter(m -> ts.equals(m.ts())).findFirst().orElseThrow();
    }
}
