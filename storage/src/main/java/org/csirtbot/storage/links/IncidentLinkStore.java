package org.csirtbot.storage.links;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Links between incidents, both ways: one document per pair, its ID the two incident IDs in order, so the same pair
 * cannot be linked twice, whichever room links it.
 */
public class IncidentLinkStore {

    private final MongoTemplate mongo;

    IncidentLinkStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Links the two incidents; false when they are linked already. */
    public boolean add(String incidentId, String otherId, String reason, String by, Instant at) {
        String first = incidentId.compareTo(otherId) <= 0 ? incidentId : otherId;
        String second = first.equals(incidentId) ? otherId : incidentId;
        try {
            mongo.insert(new IncidentLink(id(incidentId, otherId), first, second, reason, by, at));
            return true;
        } catch (DuplicateKeyException linkedAlready) {
            return false;
        }
    }

    /** Unlinks the two incidents; false when they were not linked. */
    public boolean remove(String incidentId, String otherId) {
        return mongo.remove(Query.query(where("_id").is(id(incidentId, otherId))), IncidentLink.class)
                .getDeletedCount() == 1;
    }

    /** Forgets every link of an incident, when retention purges it; how many. */
    public long forget(String incidentId) {
        return mongo.remove(Query.query(new Criteria().orOperator(where("first").is(incidentId),
                where("second").is(incidentId))), IncidentLink.class).getDeletedCount();
    }

    /** The links of an incident, oldest first. */
    public List<IncidentLink> of(String incidentId) {
        return mongo.find(Query.query(new Criteria().orOperator(where("first").is(incidentId),
                where("second").is(incidentId))).with(Sort.by("at", "_id")), IncidentLink.class);
    }

    private static String id(String incidentId, String otherId) {
        return incidentId.compareTo(otherId) <= 0 ? incidentId + "|" + otherId : otherId + "|" + incidentId;
    }

    /** Two linked incidents (in ID order), why, by whom and when. */
    @Document("incident_links")
    public record IncidentLink(@Id String id, String first, String second, String reason, String by, Instant at) {

        /** The incident linked to {@code incidentId} by this link. */
        public String other(String incidentId) {
            return first.equals(incidentId) ? second : first;
        }
    }
}
