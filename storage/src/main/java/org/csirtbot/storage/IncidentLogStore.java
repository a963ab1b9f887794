package org.csirtbot.storage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The append-only, hash-chained incident log. There is deliberately no method that updates or deletes an
 * entry; the one removal is of an incident's whole log once its retention period ran out ({@link #purgeLog}).
 * Each entry carries the hash of the one before it ({@link LogEntryHashing}), so a change, removal,
 * insertion or reordering done behind the bot's back shows in {@link #verify}.
 *
 * <p>No transaction is needed: {@code append} reads the last entry and writes the next number linked to it;
 * the unique (incidentId, seq) index makes two writers racing for one number collide, and the loser reads
 * the new last entry and links to that. So the log has neither gaps nor forks.
 */
public class IncidentLogStore {

    private static final int MAX_ATTEMPTS = 50;
    /** Entries fetched per batch: a few tens of megabytes at most, even when each holds a long captured message. */
    static final int PAGE = 1_000;

    private final MongoTemplate mongo;
    private final LogEntryWriter writer;
    private final LogPages pages;

    IncidentLogStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.writer = new LogEntryWriter(mongo, clock);
        this.pages = new LogPages(mongo);
    }

    /**
     * Appends the next entry, numbered and linked to the last one.
     *
     * @throws IllegalArgumentException when {@code data} holds a value the hash does not cover (see
     *                                  {@link LogEntryHashing}); nothing is written then
     */
    public LogEntryDocument append(String incidentId, String actor, String kind, Map<String, Object> data) {
        return appendUnless(incidentId, actor, kind, data, () -> null).entry();
    }

    /**
     * Appends the entry unless the log already holds one of the same kind whose data has the values of
     * {@code sameAs}; then that one is returned and nothing is written. Two writers appending the same at once
     * write it once: the log is checked after reading its last entry, and a writer whose next number was taken
     * meanwhile checks again.
     */
    public Appended appendOnce(String incidentId, String actor, String kind, Map<String, Object> data,
            Map<String, ?> sameAs) {
        return appendUnless(incidentId, actor, kind, data,
                () -> entries(incidentId, List.of(kind), sameAs).stream().findFirst().orElse(null));
    }

    /** The entry {@link #appendOnce} found or wrote, and whether it wrote it. */
    public record Appended(LogEntryDocument entry, boolean added) {
    }

    /** The incident's entries of these kinds whose data has these values (say, one message's), oldest first. */
    public List<LogEntryDocument> entries(String incidentId, Collection<String> kinds, Map<String, ?> dataValues) {
        return pages.matching(incidentId, kinds, dataValues);
    }

    /**
     * Gives {@code publisher} the log's new head each time an entry is written, whichever path wrote it, to publish
     * where the database's administrator cannot rewrite it ({@link LogAnchor}).
     */
    public void publishHeadsTo(Consumer<LogAnchor> publisher) {
        writer.publishHeadsTo(publisher);
    }

    /** The incident's last entry, if it has any. */
    public Optional<LogEntryDocument> head(String incidentId) {
        return Optional.ofNullable(pages.last(incidentId));
    }

    /**
     * The incident's log, oldest first, fetched in batches: without a batch size the embedded store answers in one
     * reply, which the driver refuses beyond 48 MB (a log of 100,000 entries is about 55 MB).
     */
    public List<LogEntryDocument> entries(String incidentId) {
        List<LogEntryDocument> entries = new ArrayList<>();
        mongo.getCollection(mongo.getCollectionName(LogEntryDocument.class))
                .find(new org.bson.Document("incidentId", incidentId)).batchSize(PAGE)
                .forEach(stored -> entries.add(LogEntryDocument.of(stored)));
        entries.sort(LogPages.IN_ORDER); // here rather than by the store, which compares whole documents (issue 16)
        return entries;
    }

    /** The incident's log checked against its hash chain; an incident without entries has a valid, empty log. */
    public LogVerification verify(String incidentId) {
        return LogVerification.of(entries(incidentId));
    }

    private Appended appendUnless(String incidentId, String actor, String kind, Map<String, Object> data,
            Supplier<LogEntryDocument> alreadyThere) {
        Decided<LogEntryDocument> decided = appendDecided(incidentId, actor, () -> {
            LogEntryDocument found = alreadyThere.get();
            return found != null ? new Decision<>(null, null, found) : new Decision<>(kind, data, null);
        });
        return decided.entry() != null ? new Appended(decided.entry(), true) : new Appended(decided.outcome(), false);
    }

    /**
     * What {@link #appendDecided} is to do, decided on the log as it stands: append an entry of {@code kind} with
     * {@code data}, or nothing ({@code kind} null), and what came of it for the caller.
     */
    public record Decision<R>(String kind, Map<String, Object> data, R outcome) {
    }

    /** What {@link #appendDecided} did: the entry it wrote (null when none) and what the decision said came of it. */
    public record Decided<R>(LogEntryDocument entry, R outcome) {
    }

    /**
     * Appends what {@code decide} makes of the incident's entries of {@code kinds} as they stand (oldest first): an
     * entry, or nothing. It decides after the log's last entry is read, and a writer whose number was taken meanwhile
     * decides again on the log as it then is, so no two writers act on the same state: a state kept in the log alone
     * (say, which version of a text is approved) changes one step at a time.
     */
    public <R> Decided<R> appendDecided(String incidentId, String actor, Collection<String> kinds,
            Function<List<LogEntryDocument>, Decision<R>> decide) {
        return appendDecided(incidentId, actor, () -> decide.apply(entries(incidentId, kinds, Map.of())));
    }

    private <R> Decided<R> appendDecided(String incidentId, String actor, Supplier<Decision<R>> decide) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            LogEntryDocument hint = attempt == 0 ? writer.lastWritten(incidentId) : null;
            // found by its ID; after a second miss by a query, in case an entry is missing before the end
            LogEntryDocument last = hint != null ? hint : attempt <= 1 ? pages.last(incidentId) : last(incidentId);
            Decision<R> decision = decide.get();
            if (decision.kind() == null) {
                return new Decided<>(null, decision.outcome());
            }
            LogEntryDocument written = writer.writeAfter(last, incidentId, actor, decision.kind(), decision.data());
            if (written != null) {
                return new Decided<>(written, decision.outcome());
            }
        }
        throw new IllegalStateException("could not append to the log of " + incidentId);
    }

    private LogEntryDocument last(String incidentId) {
        Query last = Query.query(where("incidentId").is(incidentId)).with(Sort.by(Sort.Direction.DESC, "seq")).limit(1);
        return mongo.findOne(last, LogEntryDocument.class);
    }

    // ---- retention -------------------------------------------------------------------------------------------------

    /**
     * Removes the whole log of an incident whose details were purged ({@link IncidentRetentionStore#purgeDetails}); nothing
     * when the incident is not a tombstone or is under legal hold, so no other path can remove a live log.
     *
     * @return how many entries were removed
     */
    public long purgeLog(String incidentId) {
        Query tombstone = Query.query(where("_id").is(incidentId).and("retention.purgedAt").ne(null)
                .and("retention.legalHold").ne(true));
        if (!mongo.exists(tombstone, IncidentDocument.class)) {
            return 0;
        }
        long removed = mongo.remove(Query.query(where("incidentId").is(incidentId)), LogEntryDocument.class)
                .getDeletedCount();
        writer.forget(incidentId);
        return removed;
    }
}
