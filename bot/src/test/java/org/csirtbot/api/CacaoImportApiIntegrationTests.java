package org.csirtbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbooks.load.PlaybookReader;
import org.csirtbot.playbooks.load.ReadResult;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/playbooks/cacao}: a CACAO 2.0 playbook in, its csirt-playbook/1 YAML out, nothing installed; every
 * problem of a bad one listed. The foreign playbook is the playbooks module's fixture (written for its tests).
 */
@BotIntegrationTest
class CacaoImportApiIntegrationTests {

    private static final String PATH = "/api/playbooks/cacao";
    private static final String FOREIGN_ID = "playbook--6513270e-269e-4d37-b2a7-4de452e6b438";

    @LocalServerPort
    int port;
    @Autowired
    PlaybookCatalog catalog;

    @Test
    void theExportOfABuiltInComesBackAsTheSamePlaybookSaidToReplaceTheBuiltIn() {
        HttpResponse<String> answer = post(export("ransomware"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/yaml");
        assertThat(answer.body()).startsWith("# Converted from a CACAO 2.0 playbook. Not installed: to use it, save this"
                + " as ransomware.yaml in CSIRTBOT_PLAYBOOKS_DIR.\n# Built-in ransomware version ");
        assertThat(answer.body()).contains(" is in force; this file replaces it.\n");
        assertThat(read(answer.body())).isEqualTo(catalog.find("ransomware").orElseThrow());
    }

    @Test
    void aFolderPlaybookIsSaidToBeReplacedInItsOwnFile() {
        HttpResponse<String> answer = post(export("walk-test"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("# walk-test version 1 is in force from "
                + TestBot.playbookFixtures().resolve("walk-test.yaml") + ": replace that file");
        assertThat(read(answer.body())).isEqualTo(catalog.find("walk-test").orElseThrow());
    }

    @Test
    void aForeignPlaybookIsConvertedButNotInstalled() {
        HttpResponse<String> answer = post(resource("cacao/foreign-vulnerability-response.json"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Playbook converted = read(answer.body());
        assertThat(converted.id()).isEqualTo(FOREIGN_ID);
        assertThat(converted.name().en()).isEqualTo("Vulnerability response (after the CISA playbook)");
        assertThat(answer.body()).doesNotContain("is in force");
        assertThat(TestBot.api(port, "/api/playbooks/" + FOREIGN_ID).status()).isEqualTo(404);
        assertThat(catalog.find(FOREIGN_ID)).isEmpty();
    }

    @Test
    void badBodiesAreRefusedWithEveryProblem() {
        assertThat(problems(refused("{\"type\": \"playbook\","))).singleElement().asString()
                .startsWith("the JSON cannot be read");
        assertThat(problems(refused("{\"type\": \"indicator\"}"))).hasSize(4).anySatisfy(p -> assertThat(p)
                .contains("\"type\" is \"indicator\"")).anySatisfy(p -> assertThat(p).contains("\"spec_version\""))
                .anySatisfy(p -> assertThat(p).contains("no \"name\"")).anySatisfy(p -> assertThat(p).contains("no \"workflow\""));
        assertThat(problems(refused(""))).containsExactly("the body is empty: send a CACAO 2.0 playbook as JSON");
        assertThat(problems(refused("{" + " ".repeat(CacaoImportApi.MAX_BYTES) + "}"))).singleElement().asString()
                .contains("larger than " + CacaoImportApi.MAX_BYTES + " bytes");
        JsonNode unknownRole = refused(export("walk-test").replace("\"owner\" : \"im\"", "\"owner\" : \"nobody\""));
        assertThat(problems(unknownRole)).isNotEmpty().allSatisfy(p -> assertThat(p).contains("unknown role 'nobody'"));
        assertThat(unknownRole.path("error").asText()).startsWith("not converted: ");
        assertThat(ApiWrites.postRaw(port, PATH, export("ddos"), null).statusCode()).isEqualTo(401);
    }

    @Test
    void deepOrLongInputIsRefusedWithAReasonNeverAServerError() {
        assertThat(problems(refused("[".repeat(1_200) + "]".repeat(1_200)))).singleElement().asString()
                .startsWith("the JSON cannot be read").contains("nesting depth");
        String ddos = export("ddos");
        assertThat(ddos).contains("\"__extortion__ = 'received'\"");
        String deepCondition = ddos.replace("\"__extortion__ = 'received'\"", "\"" + "NOT ".repeat(5_000) + "__extortion__\"");
        assertThat(problems(refused(deepCondition))).anySatisfy(p -> assertThat(p).contains("nest more than 50 deep"));

        String longLiteral = ddos.replace("'received'", "'" + "x".repeat(5_000) + "'");
        assertThat(post(longLiteral).statusCode()).isEqualTo(200);
    }

    private JsonNode refused(String body) {
        var answer = ApiWrites.post(port, PATH, body);
        assertThat(answer.status()).as(body.length() > 200 ? body.substring(0, 200) : body).isEqualTo(400);
        return answer.body();
    }

    private static List<String> problems(JsonNode answer) {
        List<String> problems = new ArrayList<>();
        answer.path("problems").forEach(p -> problems.add(p.asText()));
        return problems;
    }

    private String export(String id) {
        return TestBot.get(port, "/api/playbooks/" + id + "/cacao.json", TestBot.API_TOKEN).body();
    }

    private HttpResponse<String> post(String json) {
        return ApiWrites.postRaw(port, PATH, json, TestBot.API_TOKEN);
    }

    private static Playbook read(String yaml) {
        ReadResult read = new PlaybookReader().read("converted.yaml", yaml);
        assertThat(read.problems()).isEmpty();
        return read.playbook();
    }

    private static String resource(String path) {
        try (InputStream in = CacaoImportApiIntegrationTests.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
