package org.csirtbot.comms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentLog.Decision;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.springframework.stereotype.Component;

/**
 * The communications of an incident, kept in its log alone: each step is decided on the log as it stands and appended
 * in one go ({@link IncidentLog#appendDecided}), so two people acting at once never both approve, nor approve a version
 * an edit has just replaced. Who may act at all is the matrix's ({@code DRAFT_COMMS}, {@code APPROVE_COMMS}); that a
 * version's drafter never approves or rejects it is checked here.
 */
@Component
public class Communications {

    /** The longest reason for a rejection, and the longest "where" of a sending. */
    public static final int REASON_MAX = 500;
    public static final int WHERE_MAX = 200;

    private final IncidentLog log;

    Communications(IncidentLog log) {
        this.log = log;
    }

    /** What a step came to. */
    public enum Outcome {
        DONE, NO_SUCH_COMMS, NO_SUCH_VERSION, NOT_LATEST, OWN_DRAFT, ALREADY_DECIDED, NOT_APPROVED, ALREADY_SENT,
        /** Someone made a newer version since the edit began. */
        CHANGED
    }

    /**
     * What a step came to: the communication as it stood (the new one for a draft), the version concerned (the new one
     * for a draft or an edit), and the entry written, null when none was.
     */
    public record Change(Outcome outcome, Communication comms, CommsVersion version, LogEntry entry) {
        public boolean done() {
            return outcome == Outcome.DONE;
        }
    }

    /** Every communication of the incident, oldest first. */
    public List<Communication> all(String incidentId) {
        return CommsLedger.replay(log.entries(incidentId, CommsLedger.KINDS, Map.of()));
    }

    public Optional<Communication> find(String incidentId, String commsId) {
        return find(all(incidentId), commsId);
    }

    /** The communications of this kind whose latest version is approved (sent or not), oldest first. */
    public List<Communication> approved(String incidentId, CommsKind kind) {
        return all(incidentId).stream().filter(c -> c.kind() == kind && c.latest().approved()).toList();
    }

    /** Drafts a new communication: {@code COMMS-<n>}, its version 1. */
    public Change draft(String incidentId, String actor, CommsKind kind, String language, CommsText text) {
        return decide(incidentId, actor, all -> {
            String id = Communication.PREFIX + (all.size() + 1);
            CommsVersion first = drafted(1, text, actor);
            return version(new Communication(id, kind, language, List.of(first)), first);
        });
    }

    /** A new version of the communication, made from its version {@code basedOn}, which must still be its latest. */
    public Change edit(String incidentId, String actor, String commsId, int basedOn, CommsText text) {
        return decide(incidentId, actor, all -> {
            Communication comms = find(all, commsId).orElse(null);
            if (comms == null || comms.latest().number() != basedOn) {
                return refused(comms == null ? Outcome.NO_SUCH_COMMS : Outcome.CHANGED, comms, null);
            }
            return version(comms, drafted(basedOn + 1, text, actor));
        });
    }

    /** Approves exactly version {@code number}: the latest, a draft, and not the approver's own. */
    public Change approve(String incidentId, String actor, String commsId, int number) {
        return verdict(incidentId, actor, commsId, number, LogKind.COMMS_APPROVED, null);
    }

    /** Rejects exactly version {@code number}, saying why: the latest, a draft, and not the reviewer's own. */
    public Change reject(String incidentId, String actor, String commsId, int number, String reason) {
        return verdict(incidentId, actor, commsId, number, LogKind.COMMS_REJECTED, reason);
    }

    /** Records that the latest version, approved, was sent {@code where} by the actor (outside Slack, by a person). */
    public Change sent(String incidentId, String actor, String commsId, String where) {
        return decide(incidentId, actor, all -> {
            Communication comms = find(all, commsId).orElse(null);
            if (comms == null) {
                return refused(Outcome.NO_SUCH_COMMS, null, null);
            }
            CommsVersion latest = comms.latest();
            if (!latest.approved()) {
                return refused(Outcome.NOT_APPROVED, comms, latest);
            }
            if (latest.sendings().stream().anyMatch(s -> s.where().equalsIgnoreCase(where))) {
                return refused(Outcome.ALREADY_SENT, comms, latest);
            }
            Map<String, Object> data = about(comms, latest);
            data.put("where", where);
            return Decision.append(LogKind.COMMS_SENT, data, new Change(Outcome.DONE, comms, latest, null));
        });
    }

    private Change verdict(String incidentId, String actor, String commsId, int number, LogKind kind, String reason) {
        return decide(incidentId, actor, all -> {
            Communication comms = find(all, commsId).orElse(null);
            CommsVersion version = comms == null ? null : comms.version(number).orElse(null);
            Outcome refusal = comms == null ? Outcome.NO_SUCH_COMMS
                    : version == null ? Outcome.NO_SUCH_VERSION
                    : version.number() != comms.latest().number() ? Outcome.NOT_LATEST
                    : version.draftedBy().equals(actor) ? Outcome.OWN_DRAFT
                    : version.state() != CommsVersion.State.DRAFT ? Outcome.ALREADY_DECIDED : null;
            if (refusal != null) {
                return refused(refusal, comms, version);
            }
            Map<String, Object> data = about(comms, version);
            if (reason != null) {
                data.put("reason", reason);
            }
            return Decision.append(kind, data, new Change(Outcome.DONE, comms, version, null));
        });
    }

    private Change decide(String incidentId, String actor, Function<List<Communication>, Decision<Change>> decide) {
        var decided = log.appendDecided(incidentId, actor, CommsLedger.KINDS,
                entries -> decide.apply(CommsLedger.replay(entries)));
        Change change = decided.outcome();
        return new Change(change.outcome(), change.comms(), change.version(), decided.entry());
    }

    private static CommsVersion drafted(int number, CommsText text, String actor) {
        return new CommsVersion(number, text, text.hash(), actor, null, CommsVersion.State.DRAFT, null, null, List.of());
    }

    /** The entry of a new version: everything needed to replay it, its full text and hash included. */
    private static Decision<Change> version(Communication comms, CommsVersion version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("comms", comms.id());
        data.put("template", comms.kind().code());
        data.put("locale", comms.language());
        data.put("version", version.number());
        data.put("subject", version.text().subject());
        data.put("text", version.text().text());
        data.put("hash", version.hash());
        return Decision.append(LogKind.COMMS_DRAFTED, data, new Change(Outcome.DONE, comms, version, null));
    }

    private static Map<String, Object> about(Communication comms, CommsVersion version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("comms", comms.id());
        data.put("version", version.number());
        data.put("hash", version.hash());
        return data;
    }

    private static Decision<Change> refused(Outcome outcome, Communication comms, CommsVersion version) {
        return Decision.none(new Change(outcome, comms, version, null));
    }

    private static Optional<Communication> find(List<Communication> all, String commsId) {
        return all.stream().filter(c -> c.id().equalsIgnoreCase(commsId == null ? "" : commsId.strip())).findFirst();
    }
}
