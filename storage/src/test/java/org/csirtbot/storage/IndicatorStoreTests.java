package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.csirtbot.storage.indicators.IndicatorDocument;
import org.csirtbot.storage.indicators.IndicatorDocument.Sighting;
import org.csirtbot.storage.indicators.IndicatorStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per indicator, one sighting per key, each written only from the sighting read, so a racing writer
 * reads again; a purged incident's sightings lose their words and keep the rest; removal only if not seen since.
 */
@StorageTest
class IndicatorStoreTests {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Autowired
    IndicatorStore store;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new Query(), IndicatorDocument.class);
    }

    @Test
    void oneDocumentPerIndicatorWithASightingPerIncident() {
        Sighting first = sighting("INC-1", T0, "AMBER");
        assertThat(store.putSighting("domain", "evil.example", null, first)).isTrue();
        assertThat(store.putSighting("domain", "evil.example", null, sighting("INC-1", T0, "RED")))
                .as("created meanwhile: read again").isFalse();
        assertThat(store.putSighting("domain", "evil.example", 1L, sighting("INC-2", T0.plusSeconds(60), "GREEN")))
                .isTrue();
        assertThat(store.putSighting("domain", "evil.example", 1L, sighting("INC-3", T0, "GREEN")))
                .as("changed since revision 1").isFalse();

        IndicatorDocument found = store.find("domain", "evil.example").orElseThrow();
        assertThat(found.id()).isEqualTo("domain:evil.example");
        assertThat(found.sightings()).extracting(Sighting::key).containsExactly("INC-1", "INC-2");
        assertThat(found.firstSeen()).isEqualTo(T0);
        assertThat(found.lastSeen()).isEqualTo(T0.plusSeconds(60));
        assertThat(mongo.count(new Query(), IndicatorDocument.class)).isEqualTo(1);
    }

    @Test
    void aSightingChangesOnlyFromTheOneRead() {
        Sighting first = sighting("INC-1", T0, "AMBER");
        store.putSighting("md5", "d41d8cd98f00b204e9800998ecf8427e", null, first);
        Sighting later = new Sighting("INC-1", "INC-1", null, T0, T0.plusSeconds(3600), "ioc-add by U1", "RED", "RED",
                false);

        assertThat(store.putSighting("md5", "d41d8cd98f00b204e9800998ecf8427e", 1L, later)).isTrue();
        assertThat(store.putSighting("md5", "d41d8cd98f00b204e9800998ecf8427e", 1L, later)).as("stale").isFalse();

        IndicatorDocument found = store.find("md5", "d41d8cd98f00b204e9800998ecf8427e").orElseThrow();
        assertThat(found.sightings()).containsExactly(later);
        assertThat(found.revision()).isEqualTo(2);
        assertThat(found.firstSeen()).isEqualTo(T0);
        assertThat(found.lastSeen()).isEqualTo(T0.plusSeconds(3600));
        assertThat(store.seenIn("INC-1")).hasSize(1);
        assertThat(store.seenIn("INC-9")).isEmpty();
    }

    @Test
    void aPurgedIncidentsSightingsKeepTheirIncidentAndLoseTheirWords() {
        store.putSighting("domain", "a.example", null, sighting("INC-1", T0, "AMBER"));
        store.putSighting("domain", "a.example", 1L, sighting("INC-2", T0, "AMBER"));
        store.putSighting("domain", "b.example", null, sighting("INC-1", T0, "AMBER"));

        assertThat(store.forgetSourcesOf("INC-1")).isEqualTo(2);
        assertThat(store.forgetSourcesOf("INC-1")).isZero();

        assertThat(store.find("domain", "a.example").orElseThrow().sightings())
                .extracting(Sighting::incidentId, Sighting::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INC-1", null),
                        org.assertj.core.groups.Tuple.tuple("INC-2", "ioc-add by U1"));
    }

    @Test
    void anIndicatorIsRemovedOnlyIfNotSeenSince() {
        store.putSighting("ipv4", "192.0.2.7", null, sighting("INC-1", T0, "CLEAR"));
        assertThat(store.lastSeenBefore(T0.plusSeconds(1))).hasSize(1);
        assertThat(store.lastSeenBefore(T0)).isEmpty();
        store.putSighting("ipv4", "192.0.2.7", 1L, sighting("INC-2", T0.plusSeconds(5), "CLEAR"));

        assertThat(store.remove("ipv4", "192.0.2.7", 1)).as("seen since").isFalse();
        assertThat(store.remove("ipv4", "192.0.2.7", 2)).isTrue();
        assertThat(store.all()).isEmpty();
    }

    private static Sighting sighting(String incidentId, Instant at, String tlp) {
        return new Sighting(incidentId, incidentId, null, at, at, "ioc-add by U1", tlp, "AMBER", false);
    }
}
