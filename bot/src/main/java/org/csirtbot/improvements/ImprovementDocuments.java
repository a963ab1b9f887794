package org.csirtbot.improvements;

import java.time.Instant;
import java.time.LocalDate;

import org.csirtbot.incident.Incident;
import org.csirtbot.storage.improvements.ImprovementDocument;

/** Improvement items to and from their stored documents. */
final class ImprovementDocuments {

    private ImprovementDocuments() {
    }

    static Improvement toImprovement(ImprovementDocument d) {
        return new Improvement(d.id(), d.text(), d.owner(), d.dueOn() == null ? null : LocalDate.parse(d.dueOn()),
                ImprovementStatus.of(d.status()).orElse(ImprovementStatus.OPEN), d.incidentId(), d.playbookId(),
                d.playbookVersion(), d.restricted(), d.exercise(), d.createdBy(), d.createdAt(), d.changedBy(),
                d.changedAt(), d.note());
    }

    /** A new open item from {@code incident}, recorded by {@code by} at {@code at}, not yet reminded. */
    static ImprovementDocument opened(String id, NewImprovement item, Incident incident, String playbookId,
                                      Integer version, String by, Instant at) {
        return new ImprovementDocument(id, item.text(), item.owner(), item.dueOn().toString(),
                ImprovementStatus.OPEN.code(), incident.id(), playbookId, version, incident.restricted(),
                incident.isExercise(), by, at, by, at, null, null);
    }
}
