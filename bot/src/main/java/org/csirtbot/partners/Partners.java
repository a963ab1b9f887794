package org.csirtbot.partners;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.csirtbot.incident.Tlp;
import org.csirtbot.storage.partners.PartnerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The directory of outside organisations: the built-in starter list, the organisation's file over it
 * ({@link PartnersProperties#file()}), and over both the entries API clients saved, which are stored and so survive
 * restarts. The one answer to whether a party may receive something of a given TLP ({@link #mayReceive}).
 */
@Service
public class Partners {

    private static final Logger log = LoggerFactory.getLogger(Partners.class);

    private final PartnerStore store;
    private final Map<String, Partner> fromFiles;
    private final Clock clock;

    @Autowired
    Partners(PartnerStore store, PartnersProperties properties, Clock clock) {
        this(store, new PartnerFiles().load(properties.file()), clock);
        log.info("Outside organisations: {} entries from the starter list{}", fromFiles.size(),
                properties.file() == null ? " (CSIRTBOT_PARTNERS_FILE is unset)" : " and " + properties.file());
    }

    Partners(PartnerStore store, Map<String, Partner> fromFiles, Clock clock) {
        this.store = store;
        this.fromFiles = Collections.unmodifiableMap(new LinkedHashMap<>(fromFiles));
        this.clock = clock;
    }

    /** Every entry: those of the files in their order (as saved through the API, where one was), then those only saved. */
    public List<Partner> all() {
        Map<String, Partner> all = new LinkedHashMap<>(fromFiles);
        store.all().stream().map(PartnerDocuments::toPartner).filter(Objects::nonNull).forEach(p -> all.put(p.id(), p));
        return List.copyOf(all.values());
    }

    public Optional<Partner> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Partner> saved = store.find(id).map(PartnerDocuments::toPartner);
        return saved.isPresent() ? saved : Optional.ofNullable(fromFiles.get(id));
    }

    /**
     * Whether the organisation {@code partnerId} may receive something marked {@code tlp}: false for an organisation the
     * directory does not know, and for anything above its highest TLP. Indicators, documents or requests shared with it
     * are refused otherwise.
     */
    public boolean mayReceive(String partnerId, Tlp tlp) {
        return find(partnerId).map(p -> p.mayReceive(tlp)).orElse(false);
    }

    /** What saving an entry did: the entry saved, and whether it is new to the directory; or why it was refused. */
    public record Saved(Partner partner, boolean created, List<String> problems) {
    }

    /**
     * Saves the entry {@code body} gives under {@code id} (the whole entry: a field left out is empty), by API client
     * {@code by}; refused, with every problem, when the entry is not valid or names another ID.
     */
    public Saved save(String id, JsonNode body, String by) {
        if (id == null || !PartnerFields.ID.matcher(id).matches()) {
            return refused("the id in the path must be 2 to 63 lower-case letters, digits and dashes");
        }
        if (body == null || !body.isObject()) {
            return refused("the body must be a JSON object: the entry's fields (GET /api/partners/" + id + " shows them)");
        }
        ObjectNode entry = ((ObjectNode) body).deepCopy();
        if (!entry.has("id")) {
            entry.put("id", id);
        } else if (!id.equals(entry.path("id").asText())) {
            return refused("the id in the body (" + entry.path("id").asText() + ") is not the one in the path (" + id + ")");
        }
        PartnerFields.Read read = PartnerFields.read(entry, Partner.Origin.API);
        if (!read.valid()) {
            return new Saved(null, false, read.problems());
        }
        boolean created = find(id).isEmpty();
        Partner saved = PartnerDocuments.toPartner(store.save(PartnerDocuments.toDocument(read.partner(), by,
                clock.instant())));
        return new Saved(saved, created, List.of());
    }

    private static Saved refused(String problem) {
        return new Saved(null, false, List.of(problem));
    }
}
