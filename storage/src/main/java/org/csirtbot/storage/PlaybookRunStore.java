package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Playbook runs. A run is stored once per incident and playbook; each change is stored only if the run's version is
 * still the one it was computed from (a conditional update), so two clicks at the same moment cannot both apply.
 */
public class PlaybookRunStore {

    private final MongoTemplate mongo;

    PlaybookRunStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the run unless the incident runs that playbook already; returns what is stored, and whether this call stored it. */
    public Inserted insertOnce(PlaybookRunDocument run) {
        Optional<PlaybookRunDocument> existing = find(run.id());
        if (existing.isPresent()) {
            return new Inserted(existing.get(), false);
        }
        try {
            return new Inserted(mongo.insert(run), true);
        } catch (DuplicateKeyException raced) {
            return new Inserted(find(run.id()).orElseThrow(() -> raced), false);
        }
    }

    public record Inserted(PlaybookRunDocument run, boolean created) {
    }

    public Optional<PlaybookRunDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PlaybookRunDocument.class));
    }

    /** The incident's runs, oldest first. */
    public List<PlaybookRunDocument> findByIncident(String incidentId) {
        return mongo.find(Query.query(where("incidentId").is(incidentId)).with(Sort.by("startedAt", "id")),
                PlaybookRunDocument.class);
    }

    /** Runs not finished, oldest first: the ones time still acts on. */
    public List<PlaybookRunDocument> findActive() {
        return mongo.find(Query.query(where("finished").is(false)).with(Sort.by("startedAt", "id")),
                PlaybookRunDocument.class);
    }

    /**
     * Stores the run's new state if its version is still {@code expectedVersion}, raising the version by one; the
     * chat is not known to show it yet.
     *
     * @return whether this call stored it (false: someone changed the run meanwhile, nothing was written)
     */
    public boolean advance(String id, long expectedVersion, String state, boolean finished, Instant at) {
        Query asRead = Query.query(where("_id").is(id).and("version").is(expectedVersion));
        Update update = new Update().set("state", state).set("finished", finished).set("updatedAt", at)
                .set("version", expectedVersion + 1).set("shown", false);
        return mongo.updateFirst(asRead, update, PlaybookRunDocument.class).getModifiedCount() == 1;
    }

    /** Remembers a message showing a step, once. */
    public void addMessage(String id, PlaybookRunDocument.Message message) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().addToSet("messages", message),
                PlaybookRunDocument.class);
    }

    /**
     * Replaces a remembered message by another (the step shown again in the incident's new room), in place, so nobody
     * ever reads the run with both or neither.
     */
    public void replaceMessage(String id, PlaybookRunDocument.Message old, PlaybookRunDocument.Message by) {
        Query withOld = Query.query(where("_id").is(id).and("messages").elemMatch(where("step").is(old.step())
                .and("round").is(old.round()).and("recipient").is(old.recipient()).and("channel").is(old.channel())
                .and("ts").is(old.ts())));
        mongo.updateFirst(withOld, new Update().set("messages.$", by), PlaybookRunDocument.class);
    }

    // --- whether the chat shows a run's latest change: what a crash between storing it and showing it left unshown ---

    /** Runs the chat is not known to show as they are now, finished or not, oldest first. */
    public List<PlaybookRunDocument> findNotShown() {
        return mongo.find(Query.query(where("shown").ne(true)).with(Sort.by("startedAt", "id")),
                PlaybookRunDocument.class);
    }

    /** Notes that the chat shows the run at {@code version}; false when it has changed since (nothing is written). */
    public boolean markShown(String id, long version) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("version").is(version)),
                new Update().set("shown", true), PlaybookRunDocument.class).getModifiedCount() == 1;
    }

    /** Takes back a run whose start could not be logged, so that starting it again starts it. */
    public void remove(String id) {
        mongo.remove(Query.query(where("_id").is(id)), PlaybookRunDocument.class);
    }

    /** Removes the incident's runs (its retention ran out); returns how many. */
    public long removeForIncident(String incidentId) {
        return mongo.remove(Query.query(where("incidentId").is(incidentId)), PlaybookRunDocument.class).getDeletedCount();
    }
}
