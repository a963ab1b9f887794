package org.csirtbot.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;

/**
 * An incident's playbook steps by CSF 2.0 outcome (NIST SP 800-61r3 is a CSF 2.0 community profile): for each of
 * {@link #OUTCOMES}, the steps tagged with one of its subcategories ({@code RS.MA-02} counts for {@code RS.MA}) that
 * were done (completed, decided, or approved), skipped, or waived (a mandatory step let go by its waiving role), as
 * the log says; a step's last word counts. A step tagged for two outcomes counts for both. Pure.
 */
public record CsfRollup(Map<String, Outcome> outcomes) {

    /** The outcomes reported: incident management, analysis, reporting and communication, recovery, its communication. */
    public static final List<String> OUTCOMES = List.of("RS.MA", "RS.AN", "RS.CO", "RC.RP", "RC.CO");

    /** A step of a playbook as the report names it. */
    public record Step(String playbook, String step, String name, List<String> csf) {
    }

    /** The steps of one outcome, in the order they were settled. */
    public record Outcome(List<Step> done, List<Step> skipped, List<Step> waived) {
    }

    private enum Settled { DONE, SKIPPED, WAIVED }

    public static CsfRollup of(List<LogEntry> entries, CsfTags tags) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        Map<String, Settled> settled = new LinkedHashMap<>();
        for (LogEntry e : entries) {
            Map<String, Object> data = e.data() == null ? Map.of() : e.data();
            String playbook = data.get("playbook") == null ? null : data.get("playbook").toString();
            if (playbook == null) {
                continue;
            }
            if (LogKind.PLAYBOOK_STARTED.code().equals(e.kind()) && data.get("version") != null) {
                versions.put(playbook, Integer.valueOf(data.get("version").toString()));
            }
            Settled now = settledBy(e.kind(), data);
            if (now != null && data.get("step") != null) {
                String key = playbook + "/" + data.get("step");
                settled.remove(key);
                settled.put(key, now);
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> outcomes.put(o, new Outcome(new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
        settled.forEach((key, how) -> {
            String playbook = key.substring(0, key.indexOf('/'));
            String step = key.substring(key.indexOf('/') + 1);
            tags.of(playbook, versions.get(playbook), step).ifPresent(tagged -> {
                Step s = new Step(playbook, step, tagged.name(), tagged.csf());
                tagged.csf().stream().map(CsfRollup::outcomeOf).filter(Objects::nonNull).distinct()
                        .map(outcomes::get).forEach(o -> (how == Settled.DONE ? o.done()
                                : how == Settled.WAIVED ? o.waived() : o.skipped()).add(s));
            });
        });
        outcomes.replaceAll((k, o) -> new Outcome(List.copyOf(o.done()), List.copyOf(o.skipped()),
                List.copyOf(o.waived())));
        return new CsfRollup(outcomes);
    }

    /** The reported outcome a subcategory belongs to ({@code RS.MA-02} → {@code RS.MA}); null for any other. */
    static String outcomeOf(String subcategory) {
        String outcome = subcategory == null ? "" : subcategory.strip().split("-")[0].toUpperCase();
        return OUTCOMES.contains(outcome) ? outcome : null;
    }

    private static Settled settledBy(String kind, Map<String, Object> data) {
        if (LogKind.PLAYBOOK_STEP_COMPLETED.code().equals(kind) || LogKind.PLAYBOOK_DECISION.code().equals(kind)) {
            return Settled.DONE;
        }
        if (LogKind.PLAYBOOK_STEP_SKIPPED.code().equals(kind)) {
            return Boolean.parseBoolean(String.valueOf(data.get("waived"))) ? Settled.WAIVED : Settled.SKIPPED;
        }
        if (LogKind.PLAYBOOK_APPROVAL.code().equals(kind) && "approved".equals(data.get("verdict"))) {
            Object approvals = data.get("approvals");
            Object needed = data.get("needed");
            return approvals == null || needed == null
                    || Integer.parseInt(approvals.toString()) >= Integer.parseInt(needed.toString()) ? Settled.DONE : null;
        }
        return null;
    }
}
