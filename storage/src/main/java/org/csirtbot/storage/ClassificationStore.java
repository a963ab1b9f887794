package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An incident's TLP and confidentiality: each changed only if it is still as read, so two people changing it at once
 * cannot both pass their checks against the same old value, and with the log entry it promises in the same update.
 */
public class ClassificationStore {

    private final MongoTemplate mongo;

    ClassificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Sets the TLP (its label) to {@code to}, only if it is still {@code from}.
     *
     * @return whether this call changed it
     */
    public boolean changeTlp(String id, String from, String to, PendingLogStore.Entry logged) {
        return change(id, "tlp", from, to, logged);
    }

    /**
     * Makes the incident confidential or not, only if it is still {@code from}.
     *
     * @return whether this call changed it
     */
    public boolean changeConfidential(String id, boolean from, boolean to, PendingLogStore.Entry logged) {
        return change(id, "confidential", from, to, logged);
    }

    private boolean change(String id, String field, Object from, Object to, PendingLogStore.Entry logged) {
        Query unchanged = Query.query(where("_id").is(id).and(field).is(from));
        Update update = PendingLogStore.promising(new Update().set(field, to), logged);
        return mongo.updateFirst(unchanged, update, IncidentDocument.class).getModifiedCount() == 1;
    }
}
