package org.csirtbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbooks.cacao.CacaoExport;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.load.PlaybookReader;
import org.csirtbot.playbooks.load.ReadResult;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/playbooks}, {@code /api/playbooks/{id}} and {@code /api/playbooks/{id}/cacao.json} over HTTP with
 * the API token, on the built-ins and the test folder (TestBot's CSIRTBOT_PLAYBOOKS_DIR, which holds a refused file).
 */
@BotIntegrationTest
class PlaybooksApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    PlaybookCatalog catalog;

    @Test
    void theListNamesEveryBuiltInAndEachFolderPlaybookWithWhereItCameFrom() {
        var answer = TestBot.api(port, "/api/playbooks");

        assertThat(answer.status()).isEqualTo(200);
        List<String> builtIns = PlaybookLibrary.builtIn(null).all().stream().map(Playbook::id).toList();
        List<JsonNode> listed = new ArrayList<>();
        answer.body().path("playbooks").forEach(listed::add);
        assertThat(listed).extracting(p -> p.path("id").asText()).containsAll(builtIns).contains("walk-test");
        JsonNode ddos = byId(listed, "ddos");
        assertThat(ddos.path("version").asInt()).isEqualTo(catalog.find("ddos").orElseThrow().version());
        assertThat(ddos.path("name").path("en").asText()).isEqualTo("Denial of service / DDoS");
        assertThat(ddos.path("name").path("ja").asText()).isEqualTo("DoS/DDoS攻撃");
        assertThat(ddos.path("triggers").get(0).path("categories").toString()).isEqualTo("[\"dos\"]");
        assertThat(ddos.path("origin").asText()).isEqualTo("built-in");
        assertThat(ddos.path("file").asText()).isEqualTo("classpath:playbooks/ddos.yaml");
        JsonNode walk = byId(listed, "walk-test");
        assertThat(walk.path("origin").asText()).isEqualTo("folder");
        assertThat(walk.path("file").asText()).isEqualTo(TestBot.playbookFixtures().resolve("walk-test.yaml").toString());
    }

    @Test
    void aRefusedFileIsListedWithEachProblemsPlace() {
        JsonNode refused = TestBot.api(port, "/api/playbooks").body().path("refused");

        assertThat(refused).hasSize(1);
        String broken = TestBot.playbookFixtures().resolve("broken.yaml").toString();
        assertThat(refused.get(0).path("file").asText()).isEqualTo(broken);
        assertThat(refused.get(0).path("origin").asText()).isEqualTo("folder");
        assertThat(refused.get(0).path("inForce").isNull()).isTrue();
        assertThat(refused.get(0).path("problems").get(0).asText())
                .matches(Pattern.quote(broken) + ":\\d+:\\d+: unknown role 'nobody'.*");
    }

    @Test
    void aPlaybookIsItsYamlFileThatReadsBackToTheSamePlaybook() {
        HttpResponse<String> answer = TestBot.get(port, "/api/playbooks/ddos", TestBot.API_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/yaml");
        assertThat(answer.body()).startsWith("schema: csirt-playbook/1\nid: ddos\n");
        ReadResult read = new PlaybookReader().read("ddos.yaml", answer.body());
        assertThat(read.problems()).isEmpty();
        assertThat(read.playbook()).isEqualTo(catalog.find("ddos").orElseThrow());
    }

    @Test
    void theCacaoExportIsTheLibrarysExportOfThePlaybookInForce() throws Exception {
        HttpResponse<String> answer = TestBot.get(port, "/api/playbooks/ransomware/cacao.json", TestBot.API_TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode cacao = new ObjectMapper().readTree(answer.body());
        assertThat(cacao.path("type").asText()).isEqualTo("playbook");
        assertThat(cacao.path("spec_version").asText()).isEqualTo("cacao-2.0");
        assertThat(cacao.path("id").asText()).startsWith("playbook--");
        assertThat(cacao.path("workflow").has(cacao.path("workflow_start").asText())).isTrue();
        assertThat(cacao.path("extension_definitions").size()).isEqualTo(1);
        // the playbooks module validates this export against the CACAO 2.0 schemas (CacaoRoundTripTests)
        assertThat(cacao).isEqualTo(new CacaoExport().export(catalog.find("ransomware").orElseThrow()));
    }

    @Test
    void anUnknownPlaybookIsNotFoundWithTheReasonAndNothingAnswersWithoutTheToken() {
        for (String path : new String[] {"/api/playbooks/nope", "/api/playbooks/nope/cacao.json"}) {
            var answer = TestBot.api(port, path);

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body().path("error").asText()).as(path).startsWith("no playbook nope in force");
        }
        assertThat(TestBot.api(port, "/api/playbooks/broken-test").status()).isEqualTo(404);
        assertThat(TestBot.api(port, "/api/playbooks", "wrong-token").status()).isEqualTo(401);
        assertThat(TestBot.get(port, "/api/playbooks/ddos", null).statusCode()).isEqualTo(401);
    }

    private static JsonNode byId(List<JsonNode> playbooks, String id) {
        return playbooks.stream().filter(p -> id.equals(p.path("id").asText())).findFirst().orElseThrow();
    }
}
