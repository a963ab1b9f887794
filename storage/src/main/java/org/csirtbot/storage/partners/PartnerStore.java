package org.csirtbot.storage.partners;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The directory's entries edited through the API, one per organisation; saving one replaces it whole. */
public class PartnerStore {

    private final MongoTemplate mongo;

    public PartnerStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every edited entry, by ID. */
    public List<PartnerDocument> all() {
        return mongo.find(new Query().with(Sort.by("_id")), PartnerDocument.class);
    }

    public Optional<PartnerDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PartnerDocument.class));
    }

    /** Saves the entry, replacing what was stored under its ID. */
    public PartnerDocument save(PartnerDocument partner) {
        return mongo.save(partner);
    }
}
