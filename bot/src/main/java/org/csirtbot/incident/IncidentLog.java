package org.csirtbot.incident;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.csirtbot.storage.IncidentLogStore;
import org.csirtbot.storage.PendingLogStore;
import org.csirtbot.storage.LogAnchor;
import org.csirtbot.storage.LogAnchorFile;
import org.csirtbot.storage.LogAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Appends to and reads an incident's log. Nothing here changes or removes an entry. With an anchor file configured
 * ({@link LogAnchorProperties}), every entry written, whatever wrote it, is anchored there, and the check reads it.
 */
@Component
public class IncidentLog {

    /** The actor of steps the bot performs by itself. */
    public static final String BOT = "csirtbot";

    private static final Logger logger = LoggerFactory.getLogger(IncidentLog.class);

    private final IncidentLogStore store;
    private final PendingLogStore promises;
    private final LogAnchorFile anchors;

    /** A log without anchors. */
    IncidentLog(IncidentLogStore store, PendingLogStore promises) {
        this(store, promises, new LogAnchorProperties(null));
    }

    @Autowired
    IncidentLog(IncidentLogStore store, PendingLogStore promises, LogAnchorProperties anchoring) {
        this.store = store;
        this.promises = promises;
        this.anchors = anchoring.logAnchorFile() == null ? null : new LogAnchorFile(anchoring.logAnchorFile());
        if (anchors != null) {
            store.publishHeadsTo(this::anchor);
        }
    }

    /**
     * The entry a state change promises: the change stores it with itself in one update, then {@link #settle}s it,
     * so the change and its entry cannot exist one without the other.
     */
    public static PendingLogStore.Entry promise(String actor, LogKind kind, Map<String, Object> data) {
        return PendingLogStore.Entry.of(actor, kind.code(), data);
    }

    /** Appends what a stored state change promised, unless the log holds it already; the promise is then gone. */
    public LogEntry settle(String incidentId, PendingLogStore.Entry promised) {
        return IncidentDocuments.toLogEntry(promises.settle(incidentId, promised));
    }

    /** Publishes the log's new head; the entry is written whatever becomes of that, so a failure is only logged. */
    private void anchor(LogAnchor head) {
        try {
            anchors.append(head);
        } catch (RuntimeException e) {
            logger.error("Could not anchor entry {} of the log of {}: {}", head.entries(), head.incidentId(), e.toString());
        }
    }

    public LogEntry append(String incidentId, String actor, LogKind kind, Map<String, Object> data) {
        return IncidentDocuments.toLogEntry(store.append(incidentId, actor, kind.code(), data));
    }

    /**
     * Appends unless the log holds an entry of this kind whose data has the values of {@code sameAs}, which is
     * then returned instead; simultaneous calls for the same write it once.
     */
    public Appended appendOnce(String incidentId, String actor, LogKind kind, Map<String, Object> data,
            Map<String, ?> sameAs) {
        return IncidentDocuments.toAppended(store.appendOnce(incidentId, actor, kind.code(), data, sameAs));
    }

    /** The entries of these kinds whose data has these values, oldest first. */
    public List<LogEntry> entries(String incidentId, Collection<LogKind> kinds, Map<String, ?> dataValues) {
        return store.entries(incidentId, kinds.stream().map(LogKind::code).toList(), dataValues).stream()
                .map(IncidentDocuments::toLogEntry).toList();
    }

    /** The entry found or written by {@link #appendOnce}, and whether it was written now. */
    public record Appended(LogEntry entry, boolean added) {
    }

    public List<LogEntry> entries(String incidentId) {
        return store.entries(incidentId).stream().map(IncidentDocuments::toLogEntry).toList();
    }

    /**
     * What {@link #appendDecided} is to do, decided on the entries as they stand: append an entry of {@code kind} with
     * {@code data}, or nothing ({@code kind} null), and what came of it for the caller.
     */
    public record Decision<R>(LogKind kind, Map<String, Object> data, R outcome) {
        public static <R> Decision<R> append(LogKind kind, Map<String, Object> data, R outcome) {
            return new Decision<>(kind, data, outcome);
        }

        public static <R> Decision<R> none(R outcome) {
            return new Decision<>(null, null, outcome);
        }
    }

    /** What {@link #appendDecided} did: the entry written (null when none) and what the decision said came of it. */
    public record Decided<R>(LogEntry entry, R outcome) {
    }

    /**
     * Appends what {@code decide} makes of the incident's entries of {@code kinds} as they stand, oldest first: an
     * entry, or nothing. A writer that raced another decides again on the log as it then is, so a state kept in the log
     * alone changes one step at a time ({@code decide} may be called more than once, and must only decide).
     */
    public <R> Decided<R> appendDecided(String incidentId, String actor, Collection<LogKind> kinds,
            Function<List<LogEntry>, Decision<R>> decide) {
        var decided = store.appendDecided(incidentId, actor, kinds.stream().map(LogKind::code).toList(), entries -> {
            Decision<R> d = decide.apply(entries.stream().map(IncidentDocuments::toLogEntry).toList());
            return new IncidentLogStore.Decision<>(d.kind() == null ? null : d.kind().code(), d.data(), d.outcome());
        });
        return new Decided<>(decided.entry() == null ? null : IncidentDocuments.toLogEntry(decided.entry()),
                decided.outcome());
    }

    // playbooks (issue 5): the playbook module logs what happens in its runs, and only that

    /**
     * Appends an entry about a playbook run.
     *
     * @throws IllegalArgumentException for a kind not in {@link LogKind#PLAYBOOK_KINDS}, or data the log cannot hold
     */
    public LogEntry appendPlaybookEntry(String incidentId, String actor, LogKind kind, Map<String, Object> data) {
        if (!LogKind.PLAYBOOK_KINDS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not a playbook entry");
        }
        return append(incidentId, actor, kind, data);
    }

    /**
     * The log checked against its hash chain and its anchors, so that a change made behind the bot's back shows, also
     * the last entries removed or the whole log re-hashed ({@link LogAudit}). Every incident's log starts with its
     * declaration, so an empty one is not intact (entry 1 is missing) unless retention purged it.
     */
    public LogVerification verify(Incident incident) {
        // a log purged by retention was removed lawfully: its anchors no longer mean anything
        List<LogAnchor> anchored = anchors == null || incident.retention().purged() ? List.of() : anchors.of(incident.id());
        LogVerification checked = IncidentDocuments.toVerification(LogAudit.of(store.entries(incident.id()), anchored));
        return checked.valid() && checked.entries() == 0 && !incident.retention().purged()
                ? new LogVerification(false, 0, 1L, LogAudit.CHAIN, checked.anchor()) : checked;
    }

    /** The log's last entry, the head its anchors publish; empty while it has none. */
    public Optional<LogEntry> head(String incidentId) {
        return store.head(incidentId).map(IncidentDocuments::toLogEntry);
    }
}
