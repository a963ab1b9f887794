package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An incident's room moved to a private one as the incident became restricted, recorded in the incident's document
 * ({@code roomMove}) from the moment it begins, with each step's result as it is done, so a move cut short (a crash,
 * Slack or the store down) is finished later and never begun twice. An incident moves at most once: only from a public
 * room, and the room it moves to is private. The room itself is replaced by one conditional update that also promises
 * the log entry of the move.
 */
public class RoomMoveStore {

    static final String FIELD = "roomMove";
    private static final String COLLECTION = "incidents";

    private final MongoTemplate mongo;

    RoomMoveStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A move: the room it leaves ({@code from}, and the ts of that room's pinned summary, null if none), the private
     * room it goes to with its summary (null until made), when it began, when the incident's room was replaced by the
     * new one and when everything was done (null until then).
     */
    public record Move(String from, String fromSummaryTs, String to, String toName, String summaryTs,
                       Instant startedAt, Instant switchedAt, Instant finishedAt) {
    }

    /**
     * Begins moving the incident out of the public room {@code from}, unless a move was begun before; only while that
     * room is still the incident's and public.
     *
     * @return the move as stored (begun by this call or before); empty when there is none to make
     */
    public Optional<Move> begin(String id, String from, String fromSummaryTs, Instant at) {
        Query notBegun = Query.query(where("_id").is(id).and("room.channelId").is(from).and("room.isPrivate").ne(true)
                .and(FIELD).exists(false));
        Document move = new Document("from", from).append("fromSummaryTs", fromSummaryTs).append("startedAt", Date.from(at));
        mongo.updateFirst(notBegun, new Update().set(FIELD, move), COLLECTION);
        return find(id);
    }

    /** The incident's move, begun or done; empty when it never moved. */
    public Optional<Move> find(String id) {
        Query incident = Query.query(where("_id").is(id));
        incident.fields().include(FIELD);
        Document found = mongo.findOne(incident, Document.class, COLLECTION);
        Document move = found == null ? null : found.get(FIELD, Document.class);
        return move == null ? Optional.empty() : Optional.of(new Move(move.getString("from"),
                move.getString("fromSummaryTs"), move.getString("to"), move.getString("toName"),
                move.getString("summaryTs"), instant(move, "startedAt"), instant(move, "switchedAt"),
                instant(move, "finishedAt")));
    }

    /** Records the private room made for the move, once. */
    public void recordTarget(String id, String channelId, String name) {
        set(where(FIELD + ".to").is(null), id, new Update().set(FIELD + ".to", channelId).set(FIELD + ".toName", name));
    }

    /** Records the summary posted in the private room, once. */
    public void recordSummary(String id, String ts) {
        set(where(FIELD + ".summaryTs").is(null), id, new Update().set(FIELD + ".summaryTs", ts));
    }

    /**
     * Replaces the incident's room by the private one the move made (its topic set, its summary posted and pinned),
     * only while the room is still the one the move leaves; promising the log entry of the move.
     *
     * @return whether this call replaced it
     */
    public boolean switchRoom(String id, String from, String to, String toName, List<String> invited, String summaryTs,
                              Instant at, PendingLogStore.Entry logged) {
        Query stillThere = Query.query(where("_id").is(id).and("room.channelId").is(from));
        Update update = PendingLogStore.promising(new Update()
                .set("room", new IncidentDocument.Room(to, toName, true, invited, true, summaryTs, true))
                .set(FIELD + ".switchedAt", Date.from(at)), logged);
        return mongo.updateFirst(stillThere, update, IncidentDocument.class).getModifiedCount() == 1;
    }

    /** Records that everything of the move is done. */
    public void finish(String id, Instant at) {
        set(where(FIELD + ".finishedAt").is(null), id, new Update().set(FIELD + ".finishedAt", Date.from(at)));
    }

    /** The incidents whose move is begun and not finished. */
    public List<String> unfinished() {
        return ids(Query.query(where(FIELD).exists(true).and(FIELD + ".finishedAt").is(null)));
    }

    /**
     * Open incidents that are restricted (confidential, or a TLP whose label is in {@code restrictingTlps}) in a complete
     * public room and whose move was never begun: what a stop between the change and the move left behind.
     */
    public List<String> restrictedInPublicRooms(List<String> restrictingTlps) {
        Criteria restricted = new Criteria().orOperator(where("confidential").is(true), where("tlp").in(restrictingTlps));
        return ids(Query.query(new Criteria().andOperator(restricted, where("status").ne("closed"),
                where("room.isPrivate").ne(true), where("room.summaryPinned").is(true), where(FIELD).exists(false),
                where("retention.purgedAt").is(null))));
    }

    /** The incident whose room {@code channelId} was before it moved (once its room was replaced). */
    public Optional<String> movedFrom(String channelId) {
        List<String> found = ids(Query.query(where(FIELD + ".from").is(channelId).and(FIELD + ".switchedAt").ne(null)));
        return found.stream().findFirst();
    }

    private void set(Criteria notYet, String id, Update update) {
        mongo.updateFirst(Query.query(new Criteria().andOperator(where("_id").is(id), notYet)), update, COLLECTION);
    }

    private List<String> ids(Query query) {
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    private static Instant instant(Document move, String field) {
        Date date = move.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
