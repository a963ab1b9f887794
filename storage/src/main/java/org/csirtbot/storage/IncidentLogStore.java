package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The append-only incident log. There is deliberately no method that updates or deletes an entry;
 * the unique (incidentId, seq) index makes two writers racing for one sequence number collide, and
 * the loser takes the next number.
 */
public class IncidentLogStore {

    private static final int MAX_ATTEMPTS = 50;

    private final MongoTemplate mongo;
    private final Clock clock;

    IncidentLogStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public LogEntryDocument append(String incidentId, String actor, String kind, Map<String, Object> data) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long seq = lastSeq(incidentId) + 1;
            LogEntryDocument entry = new LogEntryDocument(
                    incidentId + ":" + seq, incidentId, seq, now(), actor, kind, data);
            try {
                return mongo.insert(entry);
            } catch (DuplicateKeyException taken) {
                // another writer took this sequence number; read again and take the next one
            }
        }
        throw new IllegalStateException("could not append to the log of " + incidentId);
    }

    /** The incident's log, oldest first. */
    public List<LogEntryDocument> entries(String incidentId) {
        Query query = Query.query(where("incidentId").is(incidentId)).with(Sort.by("seq"));
        return mongo.find(query, LogEntryDocument.class);
    }

    /** Now, at the precision a MongoDB date keeps, so the entry returned is the entry later read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private long lastSeq(String incidentId) {
        Query last = Query.query(where("incidentId").is(incidentId)).with(Sort.by(Sort.Direction.DESC, "seq")).limit(1);
        LogEntryDocument entry = mongo.findOne(last, LogEntryDocument.class);
        return entry == null ? 0 : entry.seq();
    }
}
