package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Incidents and the progress of opening their rooms. */
public class IncidentStore {

    private final MongoTemplate mongo;

    IncidentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores the incident unless one with the same declaration key exists.
     *
     * @return the stored incident, and whether this call created it
     */
    public Inserted insertOnce(IncidentDocument incident) {
        return insertOnce(incident, List.of());
    }

    /** As {@link #insertOnce(IncidentDocument)}, the new incident promising its first log entries in the same insert. */
    public Inserted insertOnce(IncidentDocument incident, List<PendingLogStore.Entry> logged) {
        Optional<IncidentDocument> existing = findByDeclarationKey(incident.declarationKey());
        if (existing.isPresent()) {
            return new Inserted(existing.get(), false);
        }
        try {
            org.bson.Document stored = new org.bson.Document();
            mongo.getConverter().write(incident, stored);
            mongo.insert(PendingLogStore.promising(stored, logged), mongo.getCollectionName(IncidentDocument.class));
            return new Inserted(incident, true);
        } catch (DuplicateKeyException raced) {
            return new Inserted(findByDeclarationKey(incident.declarationKey()).orElseThrow(() -> raced), false);
        }
    }

    public record Inserted(IncidentDocument incident, boolean created) {
    }

    public Optional<IncidentDocument> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, IncidentDocument.class));
    }

    public Optional<IncidentDocument> findByDeclarationKey(String key) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(where("declarationKey").is(key)), IncidentDocument.class));
    }

    public Optional<IncidentDocument> findByChannel(String channelId) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(where("room.channelId").is(channelId)), IncidentDocument.class));
    }

    /** All incidents, newest first. */
    public List<IncidentDocument> findAll() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "declaredAt")), IncidentDocument.class);
    }

    /** Incidents not closed, newest first. */
    public List<IncidentDocument> findOpen() {
        Query open = Query.query(where("status").ne("closed")).with(Sort.by(Sort.Direction.DESC, "declaredAt"));
        return mongo.find(open, IncidentDocument.class);
    }

    /** Incidents whose room is not completely opened yet, to resume after a restart. */
    public List<IncidentDocument> findWithRoomIncomplete() {
        Query incomplete = Query.query(where("room.summaryPinned").ne(true));
        return mongo.find(incomplete, IncidentDocument.class);
    }

    public void recordRoom(String id, IncidentDocument.Room room) {
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("room", room), IncidentDocument.class);
    }

    /**
     * Moves the incident from status {@code from} to {@code to} at {@code at}: ends the last of the phases read and
     * starts the new one. Only if the incident is still as it was read (in {@code from}, with as many phases as
     * {@code phasesRead}; phases are only ever appended), so two people changing it at once cannot both pass their
     * checks against the same old status.
     *
     * @return whether this call changed it
     */
    public boolean changeStatus(String id, String from, List<IncidentDocument.Phase> phasesRead, String to,
                                Instant at, PendingLogStore.Entry logged) {
        List<IncidentDocument.Phase> phases = new ArrayList<>(phasesRead);
        Criteria unchanged = where("_id").is(id).and("status").is(from);
        if (phases.isEmpty()) {
            unchanged.orOperator(where("phases").exists(false), where("phases").size(0));
        } else {
            unchanged.and("phases").size(phases.size());
            IncidentDocument.Phase last = phases.remove(phases.size() - 1);
            phases.add(new IncidentDocument.Phase(last.phase(), last.startedAt(), at));
        }
        phases.add(new IncidentDocument.Phase(to, at, null));
        Update update = PendingLogStore.promising(new Update().set("status", to).set("phases", phases), logged);
        return mongo.updateFirst(Query.query(unchanged), update, IncidentDocument.class).getModifiedCount() == 1;
    }

    public void addReport(String id, String reportId, PendingLogStore.Entry logged) {
        mongo.updateFirst(Query.query(where("_id").is(id)),
                PendingLogStore.promising(new Update().addToSet("reportIds", reportId), logged), IncidentDocument.class);
    }

    // ---- metrics ------------------------------------------------------------------------------------------------

    /** Incidents declared at or after {@code from} and before {@code to}, oldest first. */
    public List<IncidentDocument> findDeclaredBetween(Instant from, Instant to) {
        Query period = Query.query(where("declaredAt").gte(from).lt(to)).with(Sort.by("declaredAt"));
        return mongo.find(period, IncidentDocument.class);
    }

    // ---- severity and roles: each changed only if it is still as read, so concurrent changes cannot both pass

    /**
     * Sets the severity to {@code to}, only if it is still {@code from}; promising the log entry {@code logged}.
     *
     * @return whether this call changed it
     */
    public boolean changeSeverity(String id, String from, String to, PendingLogStore.Entry logged) {
        Query unchanged = Query.query(where("_id").is(id).and("severity").is(from));
        Update update = PendingLogStore.promising(new Update().set("severity", to), logged);
        return mongo.updateFirst(unchanged, update, IncidentDocument.class).getModifiedCount() == 1;
    }

    /**
     * Sets the commander and the other role holders, only if both are still as read ({@code commanderRead},
     * {@code rolesRead}; an empty list read also matches an incident stored before roles existed).
     *
     * @return whether this call changed them
     */
    public boolean changeRoles(String id, String commanderRead, List<IncidentDocument.RoleHolder> rolesRead,
                               String commander, List<IncidentDocument.RoleHolder> roles, PendingLogStore.Entry logged) {
        Criteria unchanged = where("_id").is(id).and("commanderId").is(commanderRead);
        if (rolesRead.isEmpty()) {
            unchanged.orOperator(where("roles").is(null), where("roles").size(0));
        } else {
            unchanged.and("roles").is(rolesRead);
        }
        Update update = PendingLogStore.promising(new Update().set("commanderId", commander).set("roles", roles), logged);
        return mongo.updateFirst(Query.query(unchanged), update, IncidentDocument.class).getModifiedCount() == 1;
    }

    // ---- closing: lessons learned and archiving the room -------------------------------------------------------

    /**
     * Replaces the incident's lessons-learned answers, unless it is closed (closing reads them).
     *
     * @return whether they were stored
     */
    public boolean recordLessons(String id, Map<String, String> lessons, PendingLogStore.Entry logged) {
        Query open = Query.query(where("_id").is(id).and("status").ne("closed"));
        Update update = PendingLogStore.promising(new Update().set("closure.lessons", lessons), logged);
        return mongo.updateFirst(open, update, IncidentDocument.class).getMatchedCount() == 1;
    }

    /**
     * Closed incidents whose room has a channel not archived yet; not those purged under retention, since putting a
     * room away posts the report and logs it, which would start a new log for the tombstone.
     */
    public List<IncidentDocument> findClosedNotArchived() {
        Query due = Query.query(where("status").is("closed").and("closure.archivedAt").is(null)
                .and("room.channelId").ne(null).and("retention.purgedAt").is(null));
        return mongo.find(due, IncidentDocument.class);
    }

    /**
     * Records when the incident's room was archived, once.
     *
     * @return whether this call recorded it (false when it was recorded before)
     */
    public boolean recordArchived(String id, Instant at) {
        Query notYet = Query.query(where("_id").is(id).and("closure.archivedAt").is(null));
        return mongo.updateFirst(notYet, new Update().set("closure.archivedAt", at), IncidentDocument.class)
                .getModifiedCount() == 1;
    }
}
