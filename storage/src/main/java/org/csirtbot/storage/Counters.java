package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Gap-tolerant counters for identifiers: a number, once handed out, is never handed out again. */
public class Counters {

    private static final String COLLECTION = "counters";

    private final MongoTemplate mongo;

    Counters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next value of the named counter, starting at 1. */
    public long next(String name) {
        Document counter = mongo.findAndModify(
                Query.query(where("_id").is(name)),
                new Update().inc("value", 1L),
                options().upsert(true).returnNew(true),
                Document.class,
                COLLECTION);
        return ((Number) counter.get("value")).longValue();
    }
}
