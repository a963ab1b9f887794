package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.csirtbot.storage.partners.OutsideRequestDocument;
import org.csirtbot.storage.partners.OutsideRequestStore;
import org.csirtbot.storage.partners.PartnerDocument;
import org.csirtbot.storage.partners.PartnerStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stores of outside organisations on the real driver: a request stored once per submission, numbered per year,
 * found by when its reply is due, its status changed only from the status it was seen in; a directory entry saved whole.
 */
@StorageTest
class OutsideRequestStoreTests {

    static final Instant AT = Instant.parse("2025-05-01T01:00:00Z");

    @Autowired
    OutsideRequestStore requests;
    @Autowired
    PartnerStore partners;

    @Test
    void aRequestIsStoredOncePerSubmissionAndNumberedPerYear() {
        String key = UUID.randomUUID().toString();
        String first = requests.nextId(2031);
        String second = requests.nextId(2031);

        var stored = requests.insertOnce(request(first, "INC-2031-0001", key, "2031-05-02", "sent"));
        var again = requests.insertOnce(request(second, "INC-2031-0001", key, "2031-05-02", "sent"));

        assertThat(first).matches("REQ-2031-\\d{4}");
        assertThat(second).isNotEqualTo(first);
        assertThat(stored.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.request().id()).isEqualTo(first);
        assertThat(requests.find(second)).isEmpty();
        assertThat(requests.ofIncident("INC-2031-0001")).extracting(OutsideRequestDocument::id).containsExactly(first);
    }

    @Test
    void theRequestsDueByADayAreThoseStillAwaitingAReplyDueThatDayOrBefore() {
        String incident = "INC-2032-" + UUID.randomUUID();
        String due = save(incident, "2032-03-10", "waiting");
        String earlier = save(incident, "2032-03-01", "sent");
        save(incident, "2032-03-11", "sent");
        save(incident, "2032-03-01", "answered");
        save(incident, null, "sent");

        List<String> found = requests.dueBy("2032-03-10", List.of("sent", "acknowledged", "waiting")).stream()
                .filter(r -> r.incidentId().equals(incident)).map(OutsideRequestDocument::id).toList();

        assertThat(found).containsExactly(earlier, due);
    }

    @Test
    void aStatusChangesOnlyFromTheStatusItWasSeenIn() {
        String id = save("INC-2033-0001", "2033-01-01", "sent");

        assertThat(requests.changeStatus(id, "sent", "waiting", "U1", AT)).isTrue();
        assertThat(requests.changeStatus(id, "sent", "closed", "U2", AT)).as("someone was quicker").isFalse();
        assertThat(requests.find(id)).get().extracting(OutsideRequestDocument::status, OutsideRequestDocument::changedBy)
                .containsExactly("waiting", "U1");
        assertThat(requests.removeForIncident("INC-2033-0001")).isEqualTo(1);
        assertThat(requests.find(id)).isEmpty();
    }

    @Test
    void aDirectoryEntryIsSavedWhole() {
        var names = new PartnerDocument.Names("ACME", "");
        var contact = new PartnerDocument.Contact("+81-3-0000-0000", "", "");
        partners.save(new PartnerDocument("acme-store-test", names, "vendor", contact, null, "", "GREEN", List.of("EDR"),
                null, "", null, "api:test", AT));
        partners.save(new PartnerDocument("acme-store-test", names, "vendor", null, null, "", "AMBER", List.of(), null,
                "", null, "api:test", AT));

        assertThat(partners.find("acme-store-test")).get().satisfies(p -> {
            assertThat(p.tlpMax()).isEqualTo("AMBER");
            assertThat(p.contact24x7()).isNull();
            assertThat(p.helpsWith()).isEmpty();
        });
        assertThat(partners.all()).extracting(PartnerDocument::id).contains("acme-store-test");
    }

    private String save(String incident, String dueOn, String status) {
        String id = requests.nextId(2099);
        requests.insertOnce(request(id, incident, UUID.randomUUID().toString(), dueOn, status));
        return id;
    }

    private static OutsideRequestDocument request(String id, String incident, String key, String dueOn, String status) {
        return new OutsideRequestDocument(id, incident, key, "outgoing", "jpcert", "Take the site down", "", "",
                "AMBER", dueOn, status, null, "U0", AT, "U0", AT, null, null);
    }
}
