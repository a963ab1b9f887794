package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the bot acknowledged is on disk before anyone hears of it: the jar on its embedded store is killed (SIGKILL)
 * right after each kind of acknowledgement — a report, a declaration, a note, a decision — and started again on the
 * same folder, where each is found, and a reference is never handed out twice.
 */
class KillAfterAckIT extends BlackBoxTest {

    @Test
    void everyAcknowledgedWriteSurvivesAKillRightAfterIt() {
        JarBot bot = httpBot().start();
        PeopleInSlack people = new PeopleInSlack(slack, bot);

        String reportId = people.report(TestBot.EMPLOYEE, "Strange pop-up asking for my card number");
        bot.kill();
        bot.start();
        assertThat(people.api("/api/reports/" + reportId).path("description").asText())
                .isEqualTo("Strange pop-up asking for my card number");

        people.startDeclaringFromTriage(reportId, TestBot.RESPONDER, "Card skimming pop-up");
        bot.kill();
        bot.start();
        JsonNode incident = people.api("/api/incidents").path(0);
        assertThat(incident.path("title").asText()).isEqualTo("Card skimming pop-up");
        String incidentId = incident.path("id").asText();
        String room = people.roomOf(incidentId);
        assertThat(slack.channels().stream().filter(c -> c.name().startsWith("inc-"))).hasSize(1);

        assertThat(people.incidentCommand(TestBot.RESPONDER, room, "note Browser extension found on 3 PCs"))
                .contains("Noted");
        bot.kill();
        bot.start();
        assertThat(people.api("/api/incidents/" + incidentId + "/log").findValuesAsText("text"))
                .contains("Browser extension found on 3 PCs");

        int forms = people.formsOf("incident_decide");
        people.incidentCommand(TestBot.RESPONDER, room, "decide Remove the extension everywhere?");
        JsonNode form = people.awaitForm("incident_decide", forms);
        assertThat(people.submit(TestBot.RESPONDER, form, PeopleInSlack.decision("Remove the extension everywhere?",
                "Remove it now", "Wait for the vendor", "It reads every form", "none", null)).body())
                .doesNotContain("errors");
        bot.kill();
        bot.start();
        assertThat(people.logKinds(incidentId)).contains("decision_recorded");
        assertThat(people.api("/api/incidents/" + incidentId + "/log/verify").path("valid").asBoolean()).isTrue();

        String next = people.report(TestBot.EMPLOYEE, "And one more");
        assertThat(next).isNotEqualTo(reportId);
        await().until(() -> people.api("/api/reports/" + reportId).path("status").asText().equals("ATTACHED"));
    }
}
