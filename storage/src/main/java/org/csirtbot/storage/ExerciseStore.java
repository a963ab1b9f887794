package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The incidents that stand for tabletop exercises ({@link IncidentDocument.Exercise}): which run, and ending one. */
public class ExerciseStore {

    private final MongoTemplate mongo;

    ExerciseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Exercises started and not ended. */
    public List<IncidentDocument> findRunning() {
        return mongo.find(Query.query(where("exercise").ne(null).and("exercise.endedAt").is(null)),
                IncidentDocument.class);
    }

    /** Records the end; false when it had ended already (the first end counts) or is no exercise. */
    public boolean recordEnded(String id, Instant at) {
        Query running = Query.query(where("_id").is(id).and("exercise").ne(null).and("exercise.endedAt").is(null));
        return mongo.updateFirst(running, new Update().set("exercise.endedAt", at), IncidentDocument.class)
                .getModifiedCount() == 1;
    }
}
