package org.csirtbot.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes the entries of {@link IncidentLogStore}: each linked to the one before by its hash ({@link LogEntryHashing}),
 * the log's new head given to every publisher ({@link LogAnchor}). It remembers the last entry it wrote for the
 * {@value #HEADS} incidents last written to: that spares an append reading it, which the embedded store does by
 * reading all the incident's entries (issue 16). A hint gone stale (another writer appended) costs one retry: the
 * number after it is taken.
 */
final class LogEntryWriter {

    private static final int HEADS = 1_000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final List<Consumer<LogAnchor>> anchors = new CopyOnWriteArrayList<>();
    private final Map<String, LogEntryDocument> heads = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LogEntryDocument> eldest) {
            return size() > HEADS;
        }
    });

    LogEntryWriter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void publishHeadsTo(Consumer<LogAnchor> publisher) {
        anchors.add(publisher);
    }

    /** The incident's last entry as written here, or null when none was lately (or its log was purged since). */
    LogEntryDocument lastWritten(String incidentId) {
        return heads.get(incidentId);
    }

    /** Forgets the incident's last entry: its log is gone. */
    void forget(String incidentId) {
        heads.remove(incidentId);
    }

    /** Writes the entry after {@code last} (null: the first); null when another writer took its number. */
    LogEntryDocument writeAfter(LogEntryDocument last, String incidentId, String givenActor, String givenKind,
            Map<String, Object> givenData) {
        // hashed as stored: a UTF-8 store cannot keep an unpaired surrogate, so the read-back would hash otherwise
        String actor = Utf8Safe.text(givenActor);
        String kind = Utf8Safe.text(givenKind);
        Map<String, Object> data = Utf8Safe.map(givenData);
        long seq = last == null ? 1 : last.seq() + 1;
        String prevHash = last == null ? LogEntryHashing.GENESIS : last.hash();
        Instant at = now();
        String hash = LogEntryHashing.hash(incidentId, seq, at, actor, kind, data, prevHash);
        LogEntryDocument written;
        try {
            written = mongo.insert(new LogEntryDocument(incidentId + ":" + seq, incidentId, seq, at, actor, kind, data,
                    prevHash, hash));
        } catch (DuplicateKeyException taken) {
            return null; // another writer took this sequence number; the caller reads again and takes the next
        }
        heads.merge(incidentId, written, (known, now) -> now.seq() > known.seq() ? now : known);
        LogAnchor head = LogAnchor.of(written, clock.instant());
        anchors.forEach(publisher -> publisher.accept(head));
        return written;
    }

    /** Now, at the precision a MongoDB date keeps, so the entry returned is the entry later read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
