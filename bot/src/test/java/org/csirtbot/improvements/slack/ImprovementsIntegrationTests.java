package org.csirtbot.improvements.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csirtbot.testkit.TestBot.API_TOKEN;
import static org.csirtbot.testkit.TestBot.COUNSEL_TOKEN;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.READER_TOKEN;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.csirtbot.testkit.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The improvement register through signed Slack requests and the API: {@code /incident improve} in a room (good and
 * bad input), the owner reminded on the test clock, marking an item done, and the API's scopes. Each test lives in a
 * month of 2004, a year no other test uses, so the items it checks are its own.
 */
class ImprovementsIntegrationTests extends SlackJourneyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Pattern ID = Pattern.compile("IMP-\\d{4}-\\d{4}");

    private final TestClock clock = TestClock.shared();

    @Autowired
    ImprovementReminderSchedule reminders;

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void anItemFromTheRoomIsLoggedListedItsOwnerRemindedOnceWhenDueAndMarkedDoneAnywhere() {
        clock.set(tokyo(2004, 5, 10, 10, 0));
        DeclaredIncident incident = declare("Macro malware from a supplier's mail", false);

        String answer = incident.run(RESPONDER, "improve Block macros in mail attachments\n(from outside) <@"
                + SECOND_RESPONDER + "> due 2004-05-20");
        assertThat(answer).contains("Improvement item *IMP-2004-", "<@" + SECOND_RESPONDER + ">", "due 2004-05-20",
                "Block macros in mail attachments", "no playbook ran");
        String id = idIn(answer);
        JsonNode logged = incident.lastLogEntry();
        assertThat(logged.path("kind").asText()).isEqualTo("improvement_recorded");
        assertThat(logged.path("data").path("improvement").asText()).isEqualTo(id);
        assertThat(logged.path("data").path("text").asText()).isEqualTo("Block macros in mail attachments\n(from outside)");
        assertThat(logged.path("data").path("owner").asText()).isEqualTo(SECOND_RESPONDER);
        assertThat(dms(SECOND_RESPONDER, id)).singleElement().asString().contains("made you the owner", incident.id);

        JsonNode listed = TestBot.api(port, "/api/improvements?incident=" + incident.id, READER_TOKEN).body();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("status").asText()).isEqualTo("open");
        assertThat(listed.get(0).path("dueOn").asText()).isEqualTo("2004-05-20");
        assertThat(listed.get(0).path("overdue").asBoolean()).isFalse();
        assertThat(incident.run(RESPONDER, "improve list")).contains(id, "open", "due 2004-05-20");

        checkAt(tokyo(2004, 5, 20, 8, 59));
        assertThat(dms(SECOND_RESPONDER, id)).as("only the owner's notice").hasSize(1);
        checkAt(tokyo(2004, 5, 20, 9, 0));
        checkAt(tokyo(2004, 5, 21, 9, 0));
        assertThat(dms(SECOND_RESPONDER, id)).hasSize(2).last().asString()
                .contains("is due", "`/incident improve " + id + " done`");
        assertThat(TestBot.api(port, "/api/improvements?status=open&owner=" + SECOND_RESPONDER, READER_TOKEN).body()
                .findValuesAsText("id")).contains(id);

        // the reminder's Done button: only for its owner, whoever recorded it, or a responder
        String dm = slack.conversations().stream().filter(c -> SECOND_RESPONDER.equals(c.dmUser())).findFirst()
                .orElseThrow().id();
        String ts = slack.messages(dm).stream().filter(m -> m.text().contains("is due")).findFirst().orElseThrow().ts();
        assertThat(requests.click(EMPLOYEE, dm, ts, ImprovementButtons.DONE, id).status()).isEqualTo(200);
        await().until(() -> whispered(EMPLOYEE).stream().anyMatch(t -> t.contains("can be changed by its owner")));
        assertThat(requests.click(SECOND_RESPONDER, dm, ts, ImprovementButtons.DONE, id).status()).isEqualTo(200);
        await().until(() -> whispered(SECOND_RESPONDER).stream().anyMatch(t -> t.contains(id + " is now done")));
        JsonNode item = TestBot.api(port, "/api/improvements?incident=" + incident.id, READER_TOKEN).body().get(0);
        assertThat(item.path("status").asText()).isEqualTo("done");
        assertThat(item.path("changedBy").asText()).isEqualTo(SECOND_RESPONDER);
        assertThat(requests.slashCommand("/incident", "improve list", SECOND_RESPONDER, GENERAL).body())
                .doesNotContain(id);

        // anywhere, by command, with a note
        String reopened = requests.slashCommand("/incident", "improve " + id + " in-progress Macros are back in HR",
                SECOND_RESPONDER, GENERAL).body();
        assertThat(reopened).contains(id + " is now in progress");
        item = TestBot.api(port, "/api/improvements?incident=" + incident.id, READER_TOKEN).body().get(0);
        assertThat(item.path("status").asText()).isEqualTo("in_progress");
        assertThat(item.path("note").asText()).isEqualTo("Macros are back in HR");
    }

    @Test
    void badInputIsAnsweredPolitelyAndRecordsNothing() {
        clock.set(tokyo(2004, 6, 10, 10, 0));
        DeclaredIncident incident = declare("Odd logins at the VPN", false);

        assertThat(incident.run(RESPONDER, "improve")).contains("Write what to improve");
        assertThat(incident.run(RESPONDER, "improve <@" + SECOND_RESPONDER + "> due 2004-07-01"))
                .contains("Write what to improve before the owner");
        assertThat(incident.run(RESPONDER, "improve Review VPN logs due 2004-13-45")).contains("“2004-13-45” is not a day");
        assertThat(incident.run(RESPONDER, "improve Review VPN logs due 2004-06-09")).contains("2004-06-09 has passed");
        assertThat(incident.run(RESPONDER, "improve " + "x".repeat(1001))).contains("1000 characters");
        assertThat(incident.run(EMPLOYEE, "improve Review VPN logs")).doesNotContain("recorded:");
        assertThat(requests.slashCommand("/incident", "improve Review VPN logs", RESPONDER, GENERAL).body())
                .doesNotContain("IMP-");

        assertThat(incident.logKinds()).doesNotContain("improvement_recorded");
        assertThat(TestBot.api(port, "/api/improvements?incident=" + incident.id, READER_TOKEN).body()).isEmpty();

        String id = idIn(incident.run(RESPONDER, "improve Review VPN logs weekly"));
        assertThat(TestBot.api(port, "/api/improvements?incident=" + incident.id, READER_TOKEN).body().get(0)
                .path("dueOn").asText()).as("30 days by default").isEqualTo("2004-07-10");
        assertThat(incident.run(RESPONDER, "improve IMP-2004-9999 done")).contains("There is no improvement item");
        assertThat(incident.run(RESPONDER, "improve " + id + " finished")).contains("Say what " + id + " becomes");
        assertThat(requests.slashCommand("/incident", "improve " + id + " dropped", EMPLOYEE, GENERAL).body())
                .contains("can be changed by its owner");
        assertThat(incident.run(RESPONDER, "improve " + id + " open")).contains("is open already");
        assertThat(TestBot.api(port, "/api/improvements?incident=" + incident.id, READER_TOKEN).body().get(0)
                .path("status").asText()).isEqualTo("open");
    }

    @Test
    void theApiNeedsReadAndShowsRestrictedIncidentsItemsOnlyWithReadRestricted() {
        clock.set(tokyo(2004, 7, 10, 10, 0));
        DeclaredIncident open = declare("Phishing wave", false);
        DeclaredIncident secret = declare("Insider copying customer data", true);
        String shown = idIn(open.run(RESPONDER, "improve Train the help desk on phishing calls"));
        String hidden = idIn(secret.run(RESPONDER, "improve Alert on bulk downloads from the CRM"));

        assertThat(TestBot.api(port, "/api/improvements", COUNSEL_TOKEN).status()).isEqualTo(403);
        assertThat(TestBot.get(port, "/api/improvements", null).statusCode()).isEqualTo(401);
        assertThat(TestBot.api(port, "/api/improvements?status=finished", READER_TOKEN).status()).isEqualTo(400);
        List<String> read = TestBot.api(port, "/api/improvements", READER_TOKEN).body().findValuesAsText("id");
        assertThat(read).contains(shown).doesNotContain(hidden);
        List<String> restricted = TestBot.api(port, "/api/improvements", API_TOKEN).body().findValuesAsText("id");
        assertThat(restricted).contains(shown, hidden);
    }

    private DeclaredIncident declare(String title, boolean confidential) {
        return DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration(title, "S2", "malware", "AMBER", confidential, false));
    }

    private List<Map<String, String>> dms(String user, String id) {
        return journeys.postsTo(user).stream().filter(m -> String.valueOf(m.get("text")).contains(id)).toList();
    }

    /** What the bot showed {@code user} alone: in the conversation (chat.postEphemeral), else by direct message. */
    private List<String> whispered(String user) {
        return java.util.stream.Stream.concat(slack.calls("chat.postEphemeral").stream()
                        .filter(c -> user.equals(c.get("user"))), journeys.postsTo(user).stream())
                .map(c -> String.valueOf(c.get("text"))).toList();
    }

    private void checkAt(Instant at) {
        clock.set(at);
        reminders.check();
    }

    private static Instant tokyo(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TOKYO).toInstant();
    }

    private static String idIn(String answer) {
        Matcher m = ID.matcher(answer);
        assertThat(m.find()).as("an item ID in %s", answer).isTrue();
        return m.group();
    }
}
