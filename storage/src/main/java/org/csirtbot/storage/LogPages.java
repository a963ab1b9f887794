package org.csirtbot.storage;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;

/**
 * An incident's log read by the IDs the bot gives its entries ({@code incidentId:seq}), for the bot's own decisions
 * about the log (is this already logged? where does it end?). The embedded store keeps an index on IDs but none on
 * {@code incidentId} alone, so a query by incident read every incident's log: about 1.5 s for one lookup in a store
 * of 110,000 entries, on every captured message and every approval (issue 16). Reading by ID costs what the incident's
 * own log costs on every store. An entry slipped in under another ID is not read here; the log as exported and
 * verified ({@link IncidentLogStore#entries(String)}) still reads every entry that names the incident.
 */
final class LogPages {

    static final Comparator<LogEntryDocument> IN_ORDER =
            Comparator.comparingLong(LogEntryDocument::seq).thenComparing(LogEntryDocument::id);

    private final MongoCollection<Document> log;

    LogPages(MongoTemplate mongo) {
        this.log = mongo.getCollection(mongo.getCollectionName(LogEntryDocument.class));
    }

    /** The incident's entries numbered 1, 2, … up to a page of {@link IncidentLogStore#PAGE} numbers holding none. */
    List<LogEntryDocument> all(String incidentId) {
        List<LogEntryDocument> entries = new ArrayList<>();
        for (long from = 1; ; from += IncidentLogStore.PAGE) {
            int before = entries.size();
            List<String> ids = LongStream.range(from, from + IncidentLogStore.PAGE).mapToObj(seq -> id(incidentId, seq))
                    .toList();
            log.find(in("_id", ids)).batchSize(IncidentLogStore.PAGE).map(LogEntryDocument::of)
                    .forEach(entry -> {
                        if (incidentId.equals(entry.incidentId())) {
                            entries.add(entry);
                        }
                    });
            if (entries.size() == before) {
                entries.sort(IN_ORDER);
                return entries;
            }
        }
    }

    /** Those of {@code kinds} whose data has the values of {@code dataValues}, compared as the hash compares them. */
    List<LogEntryDocument> matching(String incidentId, Collection<String> kinds, Map<String, ?> dataValues) {
        return all(incidentId).stream().filter(entry -> kinds.contains(entry.kind()))
                .filter(entry -> dataValues.entrySet().stream().allMatch(wanted -> entry.data() != null
                        && same(entry.data().get(Utf8Safe.text(wanted.getKey())), Utf8Safe.of(wanted.getValue()))))
                .toList();
    }

    private static boolean same(Object stored, Object wanted) {
        try {
            return Objects.equals(LogEntryHashing.canonical(stored), LogEntryHashing.canonical(wanted));
        } catch (IllegalArgumentException notLoggable) {
            return false; // a value the log cannot hold: no entry has it
        }
    }

    /** The entry with the highest number such that every number up to it is taken: a search over IDs, not a scan. */
    LogEntryDocument last(String incidentId) {
        if (!exists(incidentId, 1)) {
            return null;
        }
        long taken = 1;
        long free = 2;
        while (exists(incidentId, free)) {
            taken = free;
            free *= 2;
        }
        while (free - taken > 1) {
            long middle = taken + (free - taken) / 2;
            if (exists(incidentId, middle)) {
                taken = middle;
            } else {
                free = middle;
            }
        }
        Document last = log.find(eq("_id", id(incidentId, taken))).first();
        return last == null ? null : LogEntryDocument.of(last);
    }

    private boolean exists(String incidentId, long seq) {
        return log.find(eq("_id", id(incidentId, seq))).projection(Projections.include("_id")).first() != null;
    }

    private static String id(String incidentId, long seq) {
        return incidentId + ":" + seq;
    }
}
