package org.csirtbot.indicators.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.testkit.TestBot.EMPLOYEE;
import static org.csirtbot.testkit.TestBot.GENERAL;
import static org.csirtbot.testkit.TestBot.RESPONDER;
import static org.csirtbot.testkit.TestBot.SECOND_RESPONDER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.csirtbot.incident.Incidents;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.indicators.StoredIncidents;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.testkit.DeclaredIncident;
import org.csirtbot.testkit.Forms;
import org.csirtbot.testkit.SlackJourneyTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /incident ioc} through signed slash commands: added in a room and logged, listed in the room with where else
 * each was seen, listed outside rooms by responders, a restricted incident's indicators and name only for its room;
 * bad input answered with how to use it, nothing stored. Stored incidents are of 1997, which no other test uses.
 */
class IocCommandsIntegrationTests extends SlackJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    IncidentStore store;
    @Autowired
    Incidents incidents;
    @Autowired
    IndicatorRegistry registry;
    private StoredIncidents stored;

    @BeforeEach
    void storedIncidents() {
        stored = new StoredIncidents(store, incidents);
    }

    @Test
    void aResponderAddsAnIndicatorInTheRoomItIsLoggedAndListed() {
        DeclaredIncident incident = DeclaredIncident.declare(port, slack, RESPONDER,
                Forms.declaration("Phishing at sales", "S3", "phishing_mail", "AMBER", false, false));
        String domain = "login-" + System.nanoTime() + ".evil.example";

        String added = incident.run(RESPONDER, "ioc add domain " + domain.toUpperCase() + ". red");

        assertThat(added).contains("Added `domain` `" + domain.replace(".", "[.]") + "` to " + incident.id
                + "’s indicators, TLP:RED PAP:AMBER (log #");
        JsonNode entry = incident.lastLogEntry();
        assertThat(entry.path("kind").asText()).isEqualTo("indicator_added");
        assertThat(entry.path("actor").asText()).isEqualTo(RESPONDER);
        assertThat(entry.path("data").toString()).isEqualTo("{\"type\":\"domain\",\"value\":\"" + domain
                + "\",\"tlp\":\"RED\",\"pap\":\"AMBER\",\"new\":true}");

        String again = incident.run(SECOND_RESPONDER, "ioc add domain " + domain + " amber pap:red");
        assertThat(again).contains(incident.id + " had `domain`", "it is now TLP:AMBER PAP:RED there",
                "PAP:RED: never look it up outside");
        assertThat(registry.find(new Observable(ObservableType.DOMAIN, domain)).orElseThrow().sightings()).hasSize(1);

        JsonNode list = command(RESPONDER, incident.room, "ioc list");
        assertThat(list.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(text(list)).contains("*Indicators of " + incident.id + "* (1)",
                "`domain` `" + domain.replace(".", "[.]") + "` TLP:AMBER PAP:RED :no_entry_sign: · first seen <!date^",
                "ioc-add by " + RESPONDER).doesNotContain("Also in");
        withinBlockKitLimits(list);
    }

    @Test
    void theSameIndicatorInTwoIncidentsSaysWhereElseItWasSeenToThoseWhoMayReadIt() {
        String b = "INC-1997-0001";
        String c = "INC-1997-0002";
        String red = "INC-1997-0003";
        stored.open(b, "AMBER", false, RESPONDER, SECOND_RESPONDER);
        stored.open(c, "GREEN", false, RESPONDER, SECOND_RESPONDER);
        stored.open(red, "RED", false, RESPONDER);
        String shared = "203.0.113." + (System.nanoTime() % 200 + 1);
        String onlyRed = "c2-" + System.nanoTime() + ".evil.example";

        assertThat(run(RESPONDER, red, "ioc add ipv4 " + shared)).contains("Added `ipv4`", "TLP:RED");
        assertThat(run(RESPONDER, red, "ioc add domain " + onlyRed)).contains("Added");
        assertThat(run(SECOND_RESPONDER, b, "ioc add ipv4 " + shared)).contains("Added").doesNotContain("Also in", red);
        assertThat(run(RESPONDER, c, "ioc add ipv4 " + shared + " amber"))
                .contains("Added", "TLP:AMBER", "Also in " + red + ", " + b + ".");

        assertThat(text(command(SECOND_RESPONDER, StoredIncidents.room(c), "ioc list")))
                .contains("Also in " + b + ".").doesNotContain(red);
        String secondResponders = text(command(SECOND_RESPONDER, GENERAL, "ioc list"));
        assertThat(line(secondResponders, shared.replace(".", "[.]"))).contains(c + ", " + b).doesNotContain(red);
        assertThat(secondResponders).doesNotContain(onlyRed.replace(".", "[.]"));
        String firsts = text(command(RESPONDER, GENERAL, "ioc list"));
        assertThat(line(firsts, shared.replace(".", "[.]"))).contains(red + ", " + c + ", " + b);
        assertThat(line(firsts, onlyRed.replace(".", "[.]"))).contains("TLP:RED", red);
        assertThat(TestBot.api(port, "/api/incidents/" + red + "/log").body().findValuesAsText("kind"))
                .containsExactly("indicator_added", "indicator_added");

        assertThat(commandText(EMPLOYEE, GENERAL, "ioc list")).contains("Only CSIRT responders");
    }

    @Test
    void badInputIsAnsweredWithHowToUseItAndNothingIsStored() {
        String id = "INC-1997-0004";
        stored.open(id, "AMBER", false, RESPONDER);
        List<String> bad = List.of("ioc", "ioc frobnicate", "ioc add", "ioc add hostname evil.example",
                "ioc add md5 d41d8cd98f00b204e9800998ecf842", "ioc add sha256 not-a-hash-at-all",
                "ioc add domain bad-tlp.example purple", "ioc add domain bad-pap.example amber blue",
                "ioc add ipv4 300.1.2.3", "ioc add domain below.example clear", "ioc list everything");
        for (String text : bad) {
            assertThat(run(RESPONDER, id, text)).as(text).containsAnyOf("*Using /incident ioc*",
                    "less strict than " + id + "’s TLP:AMBER");
        }
        assertThat(run(RESPONDER, id, "ioc add hostname evil.example")).contains("There is no indicator type “hostname”");
        assertThat(run(RESPONDER, id, "ioc add md5 d41d8cd98f00b204e9800998ecf842"))
                .contains("md5 hashes are 32 hexadecimal characters long");
        assertThat(run(RESPONDER, id, "ioc add domain bad-tlp.example purple")).contains("“purple” is not a TLP level");
        assertThat(run(EMPLOYEE, id, "ioc add domain employee.example")).contains("Only CSIRT responders");

        assertThat(registry.seenIn(id)).isEmpty();
        for (String value : List.of("bad-tlp.example", "bad-pap.example", "below.example", "employee.example")) {
            assertThat(registry.find(new Observable(ObservableType.DOMAIN, value))).as(value).isEmpty();
        }
        assertThat(TestBot.api(port, "/api/incidents/" + id + "/log").body()).isEmpty();
        assertThat(commandText(RESPONDER, GENERAL, "help")).contains("`/incident ioc add &lt;type&gt; &lt;value&gt;");
    }

    @Test
    void hostileTextIsShownEscapedAndCutAndAnsweredAtOnce() {
        String id = "INC-1997-0005";
        stored.open(id, "AMBER", false, RESPONDER);
        String subject = "<!channel> `pay` *now* <@" + SECOND_RESPONDER + "> " + "長い件名".repeat(400);

        long started = System.nanoTime();
        String added = run(RESPONDER, id, "ioc add subject " + subject + " TLP:amber");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(added).contains("Added `subject` `&lt;!channel&gt; ｀pay｀ *now* &lt;@" + SECOND_RESPONDER + "&gt;")
                .doesNotContain("<!channel>", "<@" + SECOND_RESPONDER + ">").hasSizeLessThan(1000);
        assertThat(run(RESPONDER, id, "ioc add <!here> evil.example")).contains("“&lt;!here&gt;”")
                .doesNotContain("<!here>");
        assertThat(run(RESPONDER, id, "ioc add url " + "https://evil.example/" + "a".repeat(5000)))
                .contains("That value is too long");
        JsonNode list = command(RESPONDER, StoredIncidents.room(id), "ioc list");
        withinBlockKitLimits(list);
        assertThat(text(list)).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
        assertThat(registry.seenIn(id)).singleElement().satisfies(i -> assertThat(i.observable().value())
                .startsWith("<!channel> `pay`"));
    }

    private String run(String user, String incidentId, String text) {
        return commandText(user, StoredIncidents.room(incidentId), text);
    }

    private String commandText(String user, String channel, String text) {
        return command(user, channel, text).path("text").asText();
    }

    private JsonNode command(String user, String channel, String text) {
        var answer = requests.slashCommand("/incident", text, user, channel);
        assertThat(answer.status()).isEqualTo(200);
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list's text: its blocks' sections, one after the other. */
    private static String text(JsonNode answer) {
        return StreamSupport.stream(answer.path("blocks").spliterator(), false)
                .map(b -> b.path("text").path("text").asText()).reduce("", (a, b) -> a + "\n" + b);
    }

    private static String line(String list, String value) {
        return list.lines().filter(l -> l.contains(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + value + " in " + list));
    }

    static void withinBlockKitLimits(JsonNode answer) {
        assertThat(answer.path("blocks").size()).isBetween(1, 50);
        answer.path("blocks").forEach(block -> assertThat(block.path("text").path("text").asText().length())
                .isLessThanOrEqualTo(3000));
    }
}
