package org.csirtbot.indicators.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csirtbot.indicators.stix.StixExportIntegrationTests.objects;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.Indicator;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.indicators.Pap;
import org.csirtbot.indicators.Sighting;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.testkit.ApiWrites;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A partner's STIX 2.1 bundle into the registry over HTTP (scope {@code indicators}): kept with its markings as
 * sightings of the partner, and given back the same by the export, export and import again included; a bundle the
 * registry cannot keep as marked is refused with every reason, nothing of it stored.
 */
@BotIntegrationTest
class StixImportIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTNER = "identity--1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    /** The partner bundle's indicators the registry keeps: the value as normalised, its TLP and PAP as marked. */
    private static final Map<Observable, List<String>> KEPT = Map.of(
            new Observable(ObservableType.DOMAIN, "login.partner-phish.example"), List.of("GREEN", "AMBER"),
            new Observable(ObservableType.IPV4, "198.51.100.23"), List.of("AMBER", "AMBER"),
            new Observable(ObservableType.SHA256, "a3f5c2e1b4d6978801234567890abcdef0123456789abcdef0123456789abcde"),
            List.of("CLEAR", "RED"),
            new Observable(ObservableType.URL, "https://partner-phish.example/owa/auth.aspx"),
            List.of("AMBER_STRICT", "AMBER"),
            new Observable(ObservableType.EMAIL, "billing@partner-phish.example"), List.of("GREEN", "AMBER"));

    @LocalServerPort
    int port;
    @Autowired
    IndicatorRegistry registry;

    @Test
    void aPartnersBundleIsKeptWithItsMarkingsAndComesBackTheSameAfterExportAndImportAgain() throws IOException {
        var answer = ApiWrites.post(port, "/api/iocs.stix.json", fixture("partner-bundle.json"), TestBot.INTEL_TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("imported").asInt()).isEqualTo(5);
        assertThat(answer.body().path("skipped").findValuesAsText("id")).containsExactlyInAnyOrder(
                "indicator--5f1d7a3b-6e8c-4b0d-9f2a-4b5c6d7e8f90", "indicator--6a2e8b4c-7f9d-4c1e-8a3b-5c6d7e8f9012");
        assertThat(answer.body().path("skipped").findValuesAsText("reason"))
                .anySatisfy(r -> assertThat(r).contains("not one comparison"))
                .anySatisfy(r -> assertThat(r).contains("pattern_type sigma"));
        KEPT.forEach((observable, marks) -> {
            Indicator kept = registry.find(observable).orElseThrow();
            Sighting partner = kept.sightings().stream().filter(s -> s.key().equals("stix:" + PARTNER)).findFirst()
                    .orElseThrow();
            assertThat(partner.source()).isEqualTo("stix import from Example Partner CSIRT");
            assertThat(partner.incidentId()).isNull();
            assertThat(partner.tlp()).as(observable.key()).isEqualTo(Tlp.valueOf(marks.get(0)));
            assertThat(partner.pap()).as(observable.key()).isEqualTo(Pap.valueOf(marks.get(1)));
        });
        assertThat(registry.find(KEPT.keySet().stream().filter(o -> o.type() == ObservableType.SHA256).findFirst()
                .orElseThrow()).orElseThrow().mayBeLookedUpOutside()).isFalse();

        JsonNode exported = TestBot.api(port, "/api/iocs.stix.json?tlp-max=red").body();
        List<String> partners = KEPT.keySet().stream().map(StixPatterns::pattern).toList();
        assertThat(StixSchemas.bundleViolations(StixSchemas.withIndicators(exported,
                i -> partners.contains(i.path("pattern").asText())))).isEmpty();
        Map<String, String> first = markings(exported);
        KEPT.forEach((observable, marks) -> assertThat(first.get(StixPatterns.pattern(observable)))
                .isEqualTo(StixMarkings.id(Tlp.valueOf(marks.get(0))) + " " + StixMarkings.id(Pap.valueOf(marks.get(1)))));

        var again = ApiWrites.post(port, "/api/iocs.stix.json", exported.toString(), TestBot.INTEL_TOKEN);
        assertThat(again.status()).isEqualTo(200);
        Map<String, String> second = markings(TestBot.api(port, "/api/iocs.stix.json?tlp-max=red").body());
        KEPT.keySet().forEach(o -> assertThat(second.get(StixPatterns.pattern(o))).isEqualTo(first.get(StixPatterns.pattern(o))));
        assertThat(ids(exported)).isEqualTo(ids(TestBot.api(port, "/api/iocs.stix.json?tlp-max=red").body()));
    }

    @Test
    void aBundleTheRegistryCannotKeepAsMarkedIsRefusedWithTheReasonAndNothingOfItIsStored() throws IOException {
        ObjectNode unknownMarking = bundle("stranger-marking.example", "marking-definition--1a2b3c4d-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
        ObjectNode badHash = bundle("ok-beside-a-bad-hash.example", StixMarkings.id(Tlp.GREEN));
        ((ObjectNode) badHash.path("objects").get(0)).put("pattern", "[file:hashes.'SHA-256' = 'abc123']");
        ObjectNode lying = bundle("lying-marking.example", StixMarkings.id(Tlp.RED));
        ((ObjectNode) lying.withArray("objects").addObject()).put("type", "marking-definition").put("spec_version", "2.1")
                .put("id", StixMarkings.id(Tlp.RED)).put("created", "2022-10-01T00:00:00.000Z")
                .putObject("extensions").putObject(StixMarkings.TLP_EXTENSION).put("extension_type", "property-extension")
                .put("tlp_2_0", "clear");
        Map<String, String> refused = Map.of(
                "{\"type\": \"bundle\", ", "not JSON",
                "[1, 2, 3]", "must be a STIX 2.1 bundle",
                "{\"type\": \"report\", \"id\": \"bundle--0\"}", "type must be \"bundle\"",
                unknownMarking.toString(), "the marking marking-definition--1a2b3c4d-1a2b-4c3d-8e9f-0a1b2c3d4e5f is not a "
                        + "TLP 2.0, TLP 1.0 or PAP marking definition",
                fixture("../stix-2.1/examples/indicator-for-c2-ip-address.json"), "no TLP marking",
                badHash.toString(), "sha256 hashes are 64 hexadecimal characters long",
                lying.toString(), "stands for RED, but the definition says clear");

        refused.forEach((body, reason) -> {
            var answer = ApiWrites.post(port, "/api/iocs.stix.json", body, TestBot.INTEL_TOKEN);
            assertThat(answer.status()).as(reason).isEqualTo(400);
            assertThat(answer.body().path("error").asText()).as(reason).startsWith("refused, nothing stored").contains(reason);
        });
        for (String value : List.of("stranger-marking.example", "ok-beside-a-bad-hash.example", "lying-marking.example")) {
            assertThat(registry.find(new Observable(ObservableType.DOMAIN, value))).as(value).isEmpty();
        }
        assertThat(registry.find(new Observable(ObservableType.IPV4, "10.0.0.0"))).isEmpty();
    }

    @Test
    void onlyAClientWithTheIndicatorsScopeImports() throws IOException {
        String body = bundle("scoped.example", StixMarkings.id(Tlp.GREEN)).toString();
        assertThat(ApiWrites.post(port, "/api/iocs.stix.json", body, TestBot.COUNSEL_TOKEN).status()).isEqualTo(403);
        var reader = ApiWrites.post(port, "/api/iocs.stix.json", body, TestBot.READER_TOKEN);
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.body().path("error").asText()).contains("lacks the scope indicators");
        assertThat(ApiWrites.post(port, "/api/iocs.stix.json", body, null).status()).isEqualTo(401);
        assertThat(registry.find(new Observable(ObservableType.DOMAIN, "scoped.example"))).isEmpty();

        var sent = ApiWrites.post(port, "/api/iocs.stix.json", body, TestBot.INTEL_TOKEN);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(registry.find(new Observable(ObservableType.DOMAIN, "scoped.example")).orElseThrow().sightings())
                .extracting(Sighting::source).containsExactly("stix import from api:intel");
    }

    /** A bundle of one GREEN domain indicator marked {@code marking}, with no creator. */
    private static ObjectNode bundle(String domain, String marking) {
        ObjectNode bundle = JSON.createObjectNode().put("type", "bundle")
                .put("id", "bundle--9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
        ObjectNode indicator = bundle.putArray("objects").addObject().put("type", "indicator").put("spec_version", "2.1")
                .put("id", "indicator--9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6e").put("created", "2026-02-01T00:00:00.000Z")
                .put("modified", "2026-02-01T00:00:00.000Z").put("pattern", "[domain-name:value = '" + domain + "']")
                .put("pattern_type", "stix").put("valid_from", "2026-02-01T00:00:00.000Z");
        indicator.putArray("object_marking_refs").add(marking);
        return bundle;
    }

    /** Each indicator's pattern, with its markings. */
    private static Map<String, String> markings(JsonNode bundle) {
        return objects(bundle, "indicator").stream().collect(Collectors.toMap(i -> i.path("pattern").asText(),
                i -> StreamSupport.stream(i.path("object_marking_refs").spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(" "))));
    }

    private static List<String> ids(JsonNode bundle) {
        return objects(bundle, "indicator").stream().map(i -> i.path("id").asText()).sorted().toList();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = StixImportIntegrationTests.class.getResourceAsStream("/stix-fixtures/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
