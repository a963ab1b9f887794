package org.csirtbot.indicators.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.indicators.Pap;
import org.csirtbot.indicators.StoredIncidents;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.storage.ClassificationStore;
import org.csirtbot.storage.IncidentStore;
import org.csirtbot.testkit.BotIntegrationTest;
import org.csirtbot.testkit.TestBot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The STIX 2.1 export over HTTP: valid by the OASIS schemas; for every TLP level asked for, exactly the indicators at
 * that level or below, marked with the official TLP 2.0 and PAP definitions carried in the bundle; never an incident
 * the client may not read, an exercise's, or a sighting whose incident was made stricter since; stable IDs. Incidents
 * of 1996, which no other test uses: one per TLP level, each with an indicator at its level.
 */
@BotIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StixExportIntegrationTests {

    private static final String RUN = Long.toString(System.nanoTime(), 36);

    @LocalServerPort
    int port;
    @Autowired
    IncidentStore store;
    @Autowired
    Incidents incidents;
    @Autowired
    IndicatorRegistry registry;
    @Autowired
    ClassificationStore classification;

    @BeforeAll
    void anIndicatorAtEachLevel() {
        StoredIncidents stored = new StoredIncidents(store, incidents);
        for (Tlp tlp : Tlp.values()) {
            Incident incident = stored.open(incident(tlp), tlp.label(), false, TestBot.RESPONDER);
            registry.add(incident, domain(tlp), null, tlp == Tlp.RED ? Pap.RED : null, "U_ANALYST");
        }
    }

    @ParameterizedTest(name = "tlp-max={0}")
    @EnumSource(Tlp.class)
    void exactlyTheIndicatorsAtOrBelowTheLevelAskedForLeaveMarkedAsTheyAre(Tlp max) {
        JsonNode bundle = export("/api/iocs.stix.json?tlp-max=" + max.label().toLowerCase().replace("+", "%2B"));

        assertThat(StixSchemas.bundleViolations(StixSchemas.withIndicators(bundle,
                i -> i.path("name").asText().endsWith(RUN + ".example")))).isEmpty();
        Map<String, String> marked = ours(bundle);
        List<String> allowed = Arrays.stream(Tlp.values()).filter(t -> !t.stricterThan(max)).map(this::name).toList();
        assertThat(marked.keySet()).containsExactlyInAnyOrderElementsOf(allowed);
        for (Tlp tlp : Tlp.values()) {
            if (!tlp.stricterThan(max)) {
                assertThat(marked.get(name(tlp))).isEqualTo(StixMarkings.id(tlp));
            }
        }
        assertThat(objects(bundle, "marking-definition")).allSatisfy(m ->
                assertThat(StixMarkings.tlp(m.path("id").asText()).or(() -> StixMarkings.pap(m.path("id").asText())
                        .map(p -> Tlp.CLEAR)).orElseThrow()).isNotNull());
        assertThat(objects(bundle, "marking-definition").stream().map(m -> m.path("id").asText())
                .filter(id -> StixMarkings.tlp(id).filter(t -> t.stricterThan(max)).isPresent())).isEmpty();
        assertThat(objects(bundle, "indicator")).allSatisfy(i -> {
            assertThat(StixSchemas.violations("sdos/indicator.json", i)).isEmpty();
            assertThat(i.path("modified").asText()).isGreaterThanOrEqualTo(i.path("created").asText());
            assertThat(i.path("created_by_ref").asText()).isEqualTo(objects(bundle, "identity").get(0).path("id").asText());
        });
    }

    @ParameterizedTest(name = "tlp-max={0}, without read:restricted")
    @EnumSource(Tlp.class)
    void aClientWithoutReadRestrictedNeverGetsARestrictedIncidentsIndicators(Tlp max) {
        JsonNode bundle = TestBot.api(port, "/api/iocs.stix.json?tlp-max=" + max.name(), TestBot.READER_TOKEN).body();

        assertThat(ours(bundle).keySet()).doesNotContain(name(Tlp.AMBER_STRICT), name(Tlp.RED))
                .allSatisfy(name -> assertThat(name).isIn(name(Tlp.CLEAR), name(Tlp.GREEN), name(Tlp.AMBER)));
        assertThat(TestBot.api(port, "/api/incidents/" + incident(Tlp.RED) + "/iocs.stix.json?tlp-max=red",
                TestBot.READER_TOKEN).status()).isEqualTo(404);
    }

    @Test
    void theDefaultIsGreenAnIncidentsExportHoldsItsOwnAndIdsAreStable() {
        assertThat(ours(export("/api/iocs.stix.json")).keySet()).containsExactlyInAnyOrder(name(Tlp.CLEAR), name(Tlp.GREEN));
        String amber = "/api/incidents/" + incident(Tlp.AMBER) + "/iocs.stix.json";
        assertThat(ours(export(amber)).keySet()).isEmpty();
        JsonNode first = export(amber + "?tlp-max=amber");
        assertThat(ours(first).keySet()).containsExactly(name(Tlp.AMBER));
        JsonNode indicator = objects(first, "indicator").get(0);
        assertThat(indicator.path("external_references").get(0).path("external_id").asText()).isEqualTo(incident(Tlp.AMBER));
        assertThat(indicator.path("pattern").asText()).isEqualTo("[domain-name:value = '" + name(Tlp.AMBER) + "']");
        JsonNode again = export(amber + "?tlp-max=amber");
        assertThat(objects(again, "indicator").get(0).path("id")).isEqualTo(indicator.path("id"));
        assertThat(again.path("id")).isNotEqualTo(first.path("id"));
        JsonNode red = objects(export("/api/incidents/" + incident(Tlp.RED) + "/iocs.stix.json?tlp-max=red"), "indicator").get(0);
        assertThat(red.path("object_marking_refs").toString()).contains(StixMarkings.id(Pap.RED), StixMarkings.id(Tlp.RED));

        assertThat(ours(export("/api/iocs.stix.json?tlp-max=amber+strict")).keySet()).as("a plus read as a space")
                .contains(name(Tlp.AMBER_STRICT)).doesNotContain(name(Tlp.RED));
        var refused = TestBot.api(port, "/api/iocs.stix.json?tlp-max=white");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").asText()).contains("tlp-max white is not a TLP level");
    }

    @Test
    void aSightingFollowsItsIncidentMadeStricterAndAnExercisesStaysInTheExercise() {
        StoredIncidents stored = new StoredIncidents(store, incidents);
        Incident later = stored.open("INC-1996-0101", "GREEN", false, TestBot.RESPONDER);
        Observable reclassified = new Observable(ObservableType.DOMAIN, "reclassified-" + RUN + ".example");
        registry.add(later, reclassified, null, null, "U_ANALYST");
        assertThat(names(export("/api/iocs.stix.json?tlp-max=green"))).contains(reclassified.value());
        classification.changeTlp(later.id(), "GREEN", "AMBER", null);
        assertThat(names(export("/api/iocs.stix.json?tlp-max=green"))).doesNotContain(reclassified.value());
        assertThat(names(export("/api/iocs.stix.json?tlp-max=amber"))).contains(reclassified.value());

        Incident drill = stored.exercise("INC-1996-0102", "CLEAR", TestBot.RESPONDER);
        Observable rehearsed = new Observable(ObservableType.DOMAIN, "rehearsed-" + RUN + ".example");
        registry.add(drill, rehearsed, null, null, "U_ANALYST");
        assertThat(names(export("/api/iocs.stix.json?tlp-max=red"))).doesNotContain(rehearsed.value());
        assertThat(names(export("/api/incidents/" + drill.id() + "/iocs.stix.json?tlp-max=clear")))
                .contains(rehearsed.value());
    }

    private JsonNode export(String path) {
        var answer = TestBot.api(port, path);
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    /** This run's indicators in the bundle, by name, with their TLP marking. */
    private Map<String, String> ours(JsonNode bundle) {
        return objects(bundle, "indicator").stream().filter(i -> i.path("name").asText().endsWith(RUN + ".example"))
                .collect(Collectors.toMap(i -> i.path("name").asText(), i -> StreamSupport.stream(
                        i.path("object_marking_refs").spliterator(), false).map(JsonNode::asText)
                        .filter(id -> StixMarkings.tlp(id).isPresent()).findFirst().orElseThrow()));
    }

    private static List<String> names(JsonNode bundle) {
        return objects(bundle, "indicator").stream().map(i -> i.path("name").asText()).toList();
    }

    static List<JsonNode> objects(JsonNode bundle, String type) {
        return StreamSupport.stream(bundle.path("objects").spliterator(), false)
                .filter(o -> type.equals(o.path("type").asText())).toList();
    }

    private static String incident(Tlp tlp) {
        return "INC-1996-000" + (tlp.ordinal() + 1);
    }

    private String name(Tlp tlp) {
        return "tlp-" + tlp.name().toLowerCase().replace('_', '-') + "." + RUN + ".example";
    }

    private Observable domain(Tlp tlp) {
        return new Observable(ObservableType.DOMAIN, name(tlp));
    }
}
