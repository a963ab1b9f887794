package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What whoever administers MongoDB can do to an incident's log that the chain alone cannot show: rewrite an entry
 * and re-compute its hash and every later one by the published rule ({@link LogEntryHashing}), so every link holds.
 */
public final class LogForgery {

    private LogForgery() {
    }

    /** Sets {@code field} of entry {@code seq}'s data to {@code value} and re-hashes the log from there on. */
    public static void rewrite(MongoTemplate mongo, String incidentId, long seq, String field, Object value) {
        List<LogEntryDocument> log = mongo.find(query(where("incidentId").is(incidentId)).with(Sort.by("seq")),
                LogEntryDocument.class);
        String previous = seq == 1 ? LogEntryHashing.GENESIS : log.get((int) seq - 2).hash();
        for (LogEntryDocument e : log.subList((int) seq - 1, log.size())) {
            Map<String, Object> data = new LinkedHashMap<>(e.data());
            if (e.seq() == seq) {
                data.put(field, value);
            }
            String hash = LogEntryHashing.hash(e.incidentId(), e.seq(), e.at(), e.actor(), e.kind(), data, previous);
            mongo.save(new LogEntryDocument(e.id(), e.incidentId(), e.seq(), e.at(), e.actor(), e.kind(), data,
                    previous, hash));
            previous = hash;
        }
    }
}
