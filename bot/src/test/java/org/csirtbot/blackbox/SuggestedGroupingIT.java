package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.sandbox.workspace.WorkspaceModel;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

/**
 * The jar configured to suggest rather than group (CSIRTBOT_CAMPAIGNS_GROUPING=suggest): a report like an open one is
 * posted to triage on its own, its reporter told as usual, and its post names the report it looks like.
 */
class SuggestedGroupingIT extends BlackBoxTest {

    @Test
    void aReportLikeAnOpenOneIsPostedOnItsOwnNamingIt() {
        JarBot bot = httpBot().with("CSIRTBOT_CAMPAIGNS_GROUPING", "suggest").start();
        PeopleInSlack people = new PeopleInSlack(slack, bot);
        String first = people.report(TestBot.EMPLOYEE, "A mail asked me to log in");
        people.triagePost(first);

        var second = people.submitReport("UEMPLOY02", "The same mail reached me");

        assertThat(second.body()).contains("Your report is recorded as").doesNotContain("already known");
        String secondId = PeopleInSlack.first(PeopleInSlack.REPORT_ID, second.body());
        WorkspaceModel.Message post = people.triagePost(secondId);
        assertThat(post.blocks().toString()).contains("Looks like " + first);
        assertThat(people.api("/api/reports/" + secondId).path("campaignId").isNull()).isTrue();
    }
}
