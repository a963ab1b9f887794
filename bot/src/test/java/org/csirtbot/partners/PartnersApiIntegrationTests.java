package org.csirtbot.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.stream.StreamSupport;

import org.csirtbot.incident.Tlp;
import org.csirtbot.storage.partners.PartnerStore;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The directory of outside organisations through the API, as a liaison desk's tool uses it: the starter list with the
 * test organisation's file over it (src/test/resources/partners-fixtures), entries saved whole with the scope
 * {@code partners} that read back and outlive the process, and bad input refused with its reasons, changing nothing.
 * Entries this class saves are its own (and {@code nco}), so the other tests' entries stay as the files give them.
 */
@BotIntegrationTest
class PartnersApiIntegrationTests {

    static final String ACME = """
            {"name": {"en": "ACME incident response retainer", "ja": "ACME インシデント対応支援"},
             "kind": "ir_retainer", "tlpMax": "AMBER+STRICT",
             "contact24x7": {"phone": "+81-3-0000-1111", "email": "hotline@acme.example.org"},
             "office": {"webForm": "https://acme.example.org/ir"},
             "pgpFingerprint": "ABCD EF01 2345 6789 ABCD  EF01 2345 6789 ABCD EF01",
             "helpsWith": ["forensics", "negotiation"], "website": "https://acme.example.org/"}""";

    @LocalServerPort
    int port;
    @Autowired
    Partners partners;
    @Autowired
    PartnerStore store;
    @Autowired
    PartnersProperties properties;
    @Autowired
    Clock clock;

    @Test
    void everyEntryIsListedWithWhereItComesFromAndWhatIsLeftToFillIn() {
        var listed = TestBot.api(port, "/api/partners");

        assertThat(listed.status()).isEqualTo(200);
        List<String> ids = StreamSupport.stream(listed.body().spliterator(), false).map(p -> p.path("id").asText())
                .toList();
        assertThat(ids).startsWith("jpcert", "police", "ppc", "ipa", "ipa-jcrat", "nco", "insurer", "bank", "isp",
                "hosting", "security-vendor", "partner-csirt", "sector-regulator", "gdpr-lead-authority", "media-desk",
                "example-vendor");
        JsonNode jpcert = entry(listed.body(), "jpcert");
        assertThat(jpcert.path("origin").asText()).isEqualTo("file");
        assertThat(jpcert.path("office").path("email").asText()).isEqualTo("jpcert-reports@example.org");
        assertThat(jpcert.path("pgpFingerprint").asText()).isEqualTo("0123456789ABCDEF0123456789ABCDEF01234567");
        assertThat(jpcert.path("unfilled").toString()).isEqualTo("[\"contact24x7\"]");
        assertThat(jpcert.path("website").asText()).isEqualTo("https://www.jpcert.or.jp/");
        assertThat(jpcert.path("tlpMax").asText()).isEqualTo("AMBER");
        JsonNode ppc = entry(listed.body(), "ppc");
        assertThat(ppc.path("origin").asText()).isEqualTo("starter");
        assertThat(ppc.path("name").path("ja").asText()).isEqualTo("個人情報保護委員会");
        assertThat(ppc.path("unfilled").toString()).isEqualTo("[\"contact24x7\",\"office\",\"pgpFingerprint\"]");
        assertThat(TestBot.api(port, "/api/partners/police").body().path("name").path("en").asText())
                .isEqualTo("Tokyo Metropolitan Police cybercrime desk");
        assertThat(TestBot.api(port, "/api/partners/example-vendor").body().path("tlpMax").asText()).isEqualTo("GREEN");
    }

    @Test
    void anEntrySavedWithThePartnersScopeReadsBackWinsOverTheFilesAndOutlivesTheProcess() {
        var created = ApiWrites.put(port, "/api/partners/acme-retainer", ACME, TestBot.PARTNERS_TOKEN);

        assertThat(created.status()).isEqualTo(201);
        JsonNode read = TestBot.api(port, "/api/partners/acme-retainer").body();
        assertThat(read.path("origin").asText()).isEqualTo("api");
        assertThat(read.path("editedBy").asText()).isEqualTo("api:liaison-desk");
        assertThat(read.path("tlpMax").asText()).isEqualTo("AMBER+STRICT");
        assertThat(read.path("contact24x7").path("email").asText()).isEqualTo("hotline@acme.example.org");
        assertThat(read.path("pgpFingerprint").asText()).isEqualTo("ABCDEF0123456789ABCDEF0123456789ABCDEF01");
        assertThat(read.path("unfilled").toString()).isEqualTo("[]");

        // what GET shows can be put back as it is: the filled-in starter entry now wins over the starter list
        String nco = TestBot.api(port, "/api/partners/nco").body().toString()
                .replace("\"office\":{\"phone\":\"\",\"email\":\"\",\"webForm\":\"\"}",
                        "\"office\":{\"phone\":\"03-0000-2222\",\"email\":\"\",\"webForm\":\"\"}");
        assertThat(ApiWrites.put(port, "/api/partners/nco", nco, TestBot.PARTNERS_TOKEN).status()).isEqualTo(200);
        assertThat(TestBot.api(port, "/api/partners/nco").body().path("office").path("phone").asText())
                .isEqualTo("03-0000-2222");
        assertThat(partners.mayReceive("acme-retainer", Tlp.AMBER_STRICT)).isTrue();
        assertThat(partners.mayReceive("acme-retainer", Tlp.RED)).isFalse();

        // a bot started again reads the same store and the same files
        Partners restarted = new Partners(store, new PartnerFiles().load(properties.file()), clock);
        assertThat(restarted.find("acme-retainer")).get().extracting(Partner::origin, Partner::editedBy)
                .containsExactly(Partner.Origin.API, "api:liaison-desk");
        assertThat(restarted.find("nco").orElseThrow().office().phone()).isEqualTo("03-0000-2222");
        assertThat(restarted.all()).extracting(Partner::id).contains("jpcert", "nco", "example-vendor", "acme-retainer");
    }

    @Test
    void badInputIsRefusedWith400AndEveryReasonAndNothingChanges() {
        var bad = ApiWrites.put(port, "/api/partners/bad-one", """
                {"name": {"en": "Bad"}, "kind": "bank", "tlpMax": "WHITE",
                 "office": {"email": "nobody"}, "pgpFingerprint": "XYZ", "shoeSize": 44}""", TestBot.PARTNERS_TOKEN);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("problems").toString()).contains("kind must be one of", "tlpMax",
                "office.email must be an e-mail address", "pgpFingerprint must be 40 (or 64) hex digits",
                "unknown field 'shoeSize'");
        assertThat(TestBot.api(port, "/api/partners/bad-one").status()).isEqualTo(404);

        String ppcBefore = TestBot.api(port, "/api/partners/ppc").body().toString();
        var notJson = ApiWrites.put(port, "/api/partners/ppc", "{\"name\": ", TestBot.PARTNERS_TOKEN);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().path("error").asText()).startsWith("the body must be JSON");
        var otherId = ApiWrites.put(port, "/api/partners/ppc", ACME.replace("{\"name\"", "{\"id\": \"acme\", \"name\""),
                TestBot.PARTNERS_TOKEN);
        assertThat(otherId.status()).isEqualTo(400);
        assertThat(otherId.body().path("error").asText()).isEqualTo("the id in the body (acme) is not the one in the path (ppc)");
        assertThat(ApiWrites.put(port, "/api/partners/Bad_Id", ACME, TestBot.PARTNERS_TOKEN).body().path("error").asText())
                .isEqualTo("the id in the path must be 2 to 63 lower-case letters, digits and dashes");
        assertThat(TestBot.api(port, "/api/partners/ppc").body().toString()).isEqualTo(ppcBefore);
    }

    @Test
    void writingNeedsThePartnersScopeAndReadingNeedsRead() {
        var auditor = ApiWrites.put(port, "/api/partners/not-saved", ACME, TestBot.API_TOKEN);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.body().path("error").asText()).isEqualTo("the API client auditor lacks the scope partners");
        assertThat(ApiWrites.put(port, "/api/partners/not-saved", ACME, null).status()).isEqualTo(401);
        assertThat(TestBot.api(port, "/api/partners", TestBot.COUNSEL_TOKEN).status()).isEqualTo(403);
        var unknown = TestBot.api(port, "/api/partners/not-saved");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("error").asText()).startsWith("no organisation not-saved in the directory");
    }

    @Test
    void whatAnOrganisationMayReceiveIsItsHighestTlpAndNothingForOneTheDirectoryLacks() {
        assertThat(partners.mayReceive("example-vendor", Tlp.CLEAR)).isTrue();
        assertThat(partners.mayReceive("example-vendor", Tlp.GREEN)).isTrue();
        assertThat(partners.mayReceive("example-vendor", Tlp.AMBER)).isFalse();
        assertThat(partners.mayReceive("jpcert", Tlp.AMBER)).isTrue();
        assertThat(partners.mayReceive("jpcert", Tlp.AMBER_STRICT)).isFalse();
        assertThat(partners.mayReceive("no-such-party", Tlp.CLEAR)).isFalse();
        assertThat(partners.mayReceive(null, Tlp.CLEAR)).isFalse();
    }

    private static JsonNode entry(JsonNode list, String id) {
        return StreamSupport.stream(list.spliterator(), false).filter(p -> id.equals(p.path("id").asText()))
                .findFirst().orElseThrow();
    }
}
