package org.csirtbot.improvements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.ResponderDirectory;
import org.csirtbot.storage.improvements.ImprovementStore;
import org.csirtbot.time.ReadableTimes;
import org.springframework.stereotype.Component;

/**
 * The improvement register: recording an item from an incident's room (logged there as
 * {@link LogKind#IMPROVEMENT_RECORDED}), changing where it stands, which items fall due, and forgetting settled ones
 * after {@link ImprovementsProperties#retention()}. An item links to the playbook last started on the incident, a
 * specific one before the generic {@code core-} ones (intake, closing), with the version that ran.
 */
@Component
public class Improvements {

    private final ImprovementStore store;
    private final IncidentLog log;
    private final ResponderDirectory responders;
    private final ImprovementsProperties properties;
    private final ReadableTimes times;
    private final Clock clock;

    Improvements(ImprovementStore store, IncidentLog log, ResponderDirectory responders,
                 ImprovementsProperties properties, ReadableTimes times, Clock clock) {
        this.store = store;
        this.log = log;
        this.responders = responders;
        this.properties = properties;
        this.times = times;
        this.clock = clock;
    }

    /** Today in the organisation's time zone. */
    public LocalDate today() {
        return clock.instant().atZone(times.timeZone()).toLocalDate();
    }

    /** The day an item recorded today without a due day is due. */
    public LocalDate defaultDue() {
        return clock.instant().plus(properties.defaultDue()).atZone(times.timeZone()).toLocalDate();
    }

    /** Records {@code item} from {@code incident}'s room and logs it there; the stored item. */
    public Improvement record(Incident incident, String by, NewImprovement item) {
        Instant now = clock.instant();
        Optional<LogEntry> playbook = playbookOf(incident.id());
        Integer version = playbook.map(e -> e.data().get("version")).map(v -> v instanceof Number n ? n.intValue()
                : Integer.valueOf(v.toString())).orElse(null);
        String playbookId = playbook.map(e -> String.valueOf(e.data().get("playbook"))).orElse(null);
        Improvement stored = ImprovementDocuments.toImprovement(store.insert(ImprovementDocuments.opened(
                store.nextId(now.atZone(times.timeZone()).getYear()), item, incident, playbookId, version, by, now)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("improvement", stored.id());
        data.put("text", item.text());
        data.put("owner", item.owner());
        data.put("dueOn", item.dueOn().toString());
        data.put("playbook", playbookId == null ? "" : playbookId);
        data.put("version", version == null ? "" : version.toString());
        try {
            log.append(incident.id(), by, LogKind.IMPROVEMENT_RECORDED, data);
        } catch (RuntimeException e) {
            store.remove(stored.id());
            throw e;
        }
        return stored;
    }

    private Optional<LogEntry> playbookOf(String incidentId) {
        List<LogEntry> started = log.entries(incidentId, List.of(LogKind.PLAYBOOK_STARTED), Map.of()).stream()
                .filter(e -> e.data() != null && e.data().get("playbook") != null).toList();
        return started.stream().filter(e -> !String.valueOf(e.data().get("playbook")).startsWith("core-"))
                .reduce((a, b) -> b).or(() -> started.stream().reduce((a, b) -> b));
    }

    public Optional<Improvement> find(String id) {
        return store.find(id).map(ImprovementDocuments::toImprovement);
    }

    /** Every item, oldest first. */
    public List<Improvement> all() {
        return store.all().stream().map(ImprovementDocuments::toImprovement).toList();
    }

    /** The items recorded from one incident, oldest first. */
    public List<Improvement> ofIncident(String incidentId) {
        return store.ofIncident(incidentId).stream().map(ImprovementDocuments::toImprovement).toList();
    }

    /** The items {@code owner} still owes, soonest due first. */
    public List<Improvement> owedBy(String owner) {
        return all().stream().filter(i -> owner.equals(i.owner()) && !i.status().settled())
                .sorted(Comparator.comparing(Improvement::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Whether {@code userId} may change where the item stands: its owner, whoever recorded it, or a responder. */
    public boolean mayChange(String userId, Improvement item) {
        return Objects.equals(userId, item.owner()) || Objects.equals(userId, item.createdBy())
                || responders.isResponder(userId);
    }

    /** What became of a change of status. */
    public enum Outcome { CHANGED, UNCHANGED, NOT_FOUND, NOT_ALLOWED, CONTENDED }

    /** Moves the item to {@code to} with an optional note, if {@code by} may ({@link #mayChange}). */
    public Outcome change(String id, ImprovementStatus to, String by, String note) {
        Improvement item = find(id).orElse(null);
        if (item == null) {
            return Outcome.NOT_FOUND;
        }
        if (!mayChange(by, item)) {
            return Outcome.NOT_ALLOWED;
        }
        if (item.status() == to) {
            return Outcome.UNCHANGED;
        }
        return store.changeStatus(id, item.status().code(), to.code(), by, clock.instant(),
                note == null || note.isBlank() ? null : note) ? Outcome.CHANGED : Outcome.CONTENDED;
    }

    /**
     * The items still owed whose owner is owed a reminder at {@code now}: due on or before the latest reminding day
     * (today from {@link ImprovementsProperties#remindAt()}, else yesterday) and not reminded yet.
     */
    public List<Improvement> dueForReminder(Instant now) {
        return store.dueUnreminded(remindingDay(now).toString(), ImprovementStatus.codes(ImprovementStatus.OWED))
                .stream().map(ImprovementDocuments::toImprovement).toList();
    }

    /** Marks the item's owner reminded at {@code now}; false when that was done already (once per item). */
    public boolean markReminded(Improvement item, Instant now) {
        return store.markReminded(item.id(), remindingDay(now).toString());
    }

    private LocalDate remindingDay(Instant now) {
        ZonedDateTime local = now.atZone(times.timeZone());
        return local.toLocalTime().isBefore(properties.remindAt()) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
    }

    /** Forgets the items settled longer ago than the retention; returns how many. */
    public long forgetSettled(Instant now) {
        return store.removeChangedBefore(List.of(ImprovementStatus.DONE.code(), ImprovementStatus.DROPPED.code()),
                now.minus(properties.retention()));
    }
}
