package org.csirtbot.comms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;

/**
 * The communications of an incident replayed from its log entries, oldest first. The first verdict on a version counts,
 * and a sending counts only for an approved version, so the replay agrees with what {@link Communications} allowed
 * whatever order racing writers left.
 */
final class CommsLedger {

    static final List<LogKind> KINDS = List.of(LogKind.COMMS_DRAFTED, LogKind.COMMS_APPROVED, LogKind.COMMS_REJECTED,
            LogKind.COMMS_SENT);

    private final Map<String, Communication> all = new LinkedHashMap<>();

    private CommsLedger() {
    }

    static List<Communication> replay(List<LogEntry> entries) {
        CommsLedger ledger = new CommsLedger();
        entries.forEach(ledger::apply);
        return List.copyOf(ledger.all.values());
    }

    private void apply(LogEntry entry) {
        Map<String, Object> d = entry.data();
        String id = text(d, "comms");
        int number = number(d.get("version"));
        Communication comms = all.get(id);
        if (LogKind.COMMS_DRAFTED.code().equals(entry.kind())) {
            drafted(entry, id, number, comms);
            return;
        }
        Optional<CommsVersion> version = comms == null ? Optional.empty() : comms.version(number);
        if (version.isEmpty()) {
            return;
        }
        CommsVersion v = version.get();
        if (LogKind.COMMS_APPROVED.code().equals(entry.kind()) && v.state() == CommsVersion.State.DRAFT) {
            replace(comms, v.decided(CommsVersion.State.APPROVED, entry.actor(), null));
        } else if (LogKind.COMMS_REJECTED.code().equals(entry.kind()) && v.state() == CommsVersion.State.DRAFT) {
            replace(comms, v.decided(CommsVersion.State.REJECTED, entry.actor(), text(d, "reason")));
        } else if (LogKind.COMMS_SENT.code().equals(entry.kind()) && v.approved()) {
            replace(comms, v.sent(new CommsVersion.Sending(text(d, "where"), entry.actor(), entry.at())));
        }
    }

    private void drafted(LogEntry entry, String id, int number, Communication comms) {
        int expected = comms == null ? 1 : comms.versions().size() + 1;
        if (number != expected) {
            return;
        }
        Map<String, Object> d = entry.data();
        CommsVersion version = new CommsVersion(number, new CommsText(text(d, "subject"), text(d, "text")),
                text(d, "hash"), entry.actor(), entry.at(), CommsVersion.State.DRAFT, null, null, List.of());
        if (comms == null) {
            CommsKind kind = CommsKind.ofCode(text(d, "template")).orElse(CommsKind.EMPLOYEES);
            all.put(id, new Communication(id, kind, text(d, "locale"), List.of(version)));
        } else {
            List<CommsVersion> versions = new ArrayList<>(comms.versions());
            versions.add(version);
            all.put(id, new Communication(id, comms.kind(), comms.language(), versions));
        }
    }

    private void replace(Communication comms, CommsVersion changed) {
        List<CommsVersion> versions = new ArrayList<>(comms.versions());
        versions.set(changed.number() - 1, changed);
        all.put(comms.id(), new Communication(comms.id(), comms.kind(), comms.language(), versions));
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : -1;
    }

    private static String text(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? "" : value.toString();
    }
}
