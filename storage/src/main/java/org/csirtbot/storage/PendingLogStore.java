package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Log entries promised by a state change (severity, status, roles, closing, legal hold). The promise is written into
 * the incident document by the same single-document update as the change, so neither exists without the other; it
 * is then appended to the log and taken out of the document. One left behind by a crash or a store outage between
 * the two is appended by the next {@link #settle} (the bot looks for them every 30 s), exactly once: the entry
 * carries the promise's {@code op} and is appended only if the log holds none with it.
 */
public class PendingLogStore {

    static final String FIELD = "pendingLog";

    private final MongoTemplate mongo;
    private final IncidentLogStore log;

    PendingLogStore(MongoTemplate mongo, IncidentLogStore log) {
        this.mongo = mongo;
        this.log = log;
    }

    /** A log entry to be: its {@code data} holds its {@code op}, which makes appending it idempotent. */
    public record Entry(String op, String actor, String kind, Map<String, Object> data) {

        public static Entry of(String actor, String kind, Map<String, Object> data) {
            String op = UUID.randomUUID().toString();
            Map<String, Object> withOp = new LinkedHashMap<>(data);
            withOp.put("op", op);
            return new Entry(op, actor, kind, withOp);
        }
    }

    /** The update, also promising the entry; for the stores' conditional updates. */
    static Update promising(Update update, Entry entry) {
        return entry == null ? update : update.push(FIELD, stored(entry));
    }

    /** The new incident's document, also promising its first entries, in order; for the insert that creates it. */
    static Document promising(Document incident, List<Entry> entries) {
        return incident.append(FIELD, entries.stream().map(PendingLogStore::stored).toList());
    }

    private static Document stored(Entry entry) {
        return new Document("op", entry.op()).append("actor", entry.actor()).append("kind", entry.kind())
                .append("data", new Document(Utf8Safe.map(entry.data())));
    }

    /** Appends the promised entry unless the log holds it already, then takes the promise out of the document. */
    public LogEntryDocument settle(String incidentId, Entry entry) {
        LogEntryDocument written = log.appendOnce(incidentId, entry.actor(), entry.kind(), entry.data(),
                Map.of("op", entry.op())).entry();
        mongo.updateFirst(Query.query(where("_id").is(incidentId)),
                new Update().pull(FIELD, new Document("op", entry.op())), IncidentDocument.class);
        return written;
    }

    /** The incidents with promises not yet settled. */
    public List<String> incidentsWithPending() {
        Query pending = Query.query(where(FIELD + ".0").exists(true));
        pending.fields().include("_id");
        return mongo.find(pending, Document.class, "incidents").stream().map(d -> d.getString("_id")).toList();
    }

    /** The incident's promises not yet settled, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Entry> pending(String incidentId) {
        Query incident = Query.query(where("_id").is(incidentId));
        incident.fields().include(FIELD);
        Document found = mongo.findOne(incident, Document.class, "incidents");
        List<Document> promised = found == null ? null : found.getList(FIELD, Document.class);
        return promised == null ? List.of() : promised.stream().map(d -> new Entry(d.getString("op"),
                d.getString("actor"), d.getString("kind"), new LinkedHashMap<>((Map<String, Object>) d.get("data"))))
                .toList();
    }
}
