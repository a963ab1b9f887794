package org.csirtbot.storage.indicators;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The indicator registry: one document per indicator, a sighting per incident or partner. A sighting is written only
 * to the indicator as read ({@link #putSighting}), so two writers never lose each other's change: the one that raced
 * reads again and decides again.
 */
public class IndicatorStore {

    private final MongoTemplate mongo;

    IndicatorStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<IndicatorDocument> find(String type, String value) {
        return Optional.ofNullable(mongo.findById(IndicatorDocument.id(type, value), IndicatorDocument.class));
    }

    /**
     * Writes the sighting {@code now} (its key names it: a new one is added, one with that key replaced), as long as
     * the indicator is still at the revision read ({@code null}: it did not exist, and is created now); its first and
     * last seen follow. False when someone changed it meanwhile: read again and decide again.
     */
    public boolean putSighting(String type, String value, Long revisionRead, IndicatorDocument.Sighting now) {
        String id = IndicatorDocument.id(type, value);
        if (revisionRead == null) {
            try {
                mongo.insert(new IndicatorDocument(id, type, value, now.at(), now.lastAt(), List.of(now), 1));
                return true;
            } catch (DuplicateKeyException createdMeanwhile) {
                return false;
            }
        }
        Criteria asRead = where("_id").is(id).and("revision").is(revisionRead);
        Update update = new Update().min("firstSeen", now.at()).max("lastSeen", now.lastAt()).inc("revision", 1);
        IndicatorDocument read = mongo.findById(id, IndicatorDocument.class);
        if (read == null || read.revision() != revisionRead) {
            return false;
        }
        boolean known = read.sightings().stream().anyMatch(s -> s.key().equals(now.key()));
        Query query = Query.query(known ? asRead.and("sightings.key").is(now.key()) : asRead);
        return mongo.updateFirst(query, known ? update.set("sightings.$", now) : update.push("sightings", now),
                IndicatorDocument.class).getMatchedCount() == 1;
    }

    /** Every indicator, most recently seen first. */
    public List<IndicatorDocument> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "lastSeen")), IndicatorDocument.class);
    }

    /** The indicators seen in the incident, most recently seen first. */
    public List<IndicatorDocument> seenIn(String incidentId) {
        return mongo.find(Query.query(where("sightings.incidentId").is(incidentId))
                .with(Sort.by(Sort.Direction.DESC, "lastSeen")), IndicatorDocument.class);
    }

    /** The indicators last seen before {@code cutoff}: those a retention period may have run out for. */
    public List<IndicatorDocument> lastSeenBefore(Instant cutoff) {
        return mongo.find(Query.query(where("lastSeen").lt(cutoff)), IndicatorDocument.class);
    }

    /** Removes the indicator unless it changed since it was read at {@code revision}. */
    public boolean remove(String type, String value, long revision) {
        Query asRead = Query.query(where("_id").is(IndicatorDocument.id(type, value)).and("revision").is(revision));
        return mongo.remove(asRead, IndicatorDocument.class).getDeletedCount() == 1;
    }

    /**
     * Forgets the words of the incident's sightings (who added them), when retention purges the incident: the
     * sightings stay, with the incident's ID, times and markings. Returns how many were changed; may run again.
     */
    public long forgetSourcesOf(String incidentId) {
        long changed = 0;
        for (IndicatorDocument indicator : seenIn(incidentId)) {
            boolean withWords = indicator.sightings().stream()
                    .anyMatch(s -> incidentId.equals(s.incidentId()) && s.source() != null);
            // one sighting per incident in each indicator: the positional update reaches it
            Query query = Query.query(where("_id").is(indicator.id()).and("sightings.incidentId").is(incidentId));
            if (withWords && mongo.updateFirst(query, new Update().set("sightings.$.source", null).inc("revision", 1),
                    IndicatorDocument.class).getModifiedCount() == 1) {
                changed++;
            }
        }
        return changed;
    }
}
