package org.csirtbot.metrics;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.report.ReportCategory;

/**
 * An incident's class and type in the Reference Security Incident Taxonomy of the ENISA / CSIRTs Network task force
 * (RSIT, github.com/enisaeu/Reference-Security-Incident-Taxonomy-Task-Force, the version the playbooks use), by its
 * category: the one the reporter chose, or the commander at declaration ({@link ReportCategory}). A category says
 * less than a type, so each maps to the type its built-in playbook is for: a suspicious link is read as phishing
 * (phishing-report handles both), misuse of an account as a user's account compromised (account-compromise), a
 * denial of service as {@code dos} (the category does not tell a distributed one), a lost device as data loss
 * ("physical theft"). Pure.
 *
 * @param rsitClass the RSIT class ({@code fraud})
 * @param type      the RSIT type within it ({@code phishing})
 */
public record RsitType(String rsitClass, String type) {

    /** The RSIT classes in the order the taxonomy lists them. */
    private static final List<String> TAXONOMY_ORDER = List.of("abusive-content", "malicious-code",
            "information-gathering", "intrusion-attempts", "intrusions", "availability", "information-content-security",
            "fraud", "vulnerable", "other", "test");

    /** The RSIT class and type of incidents of {@code category}. */
    public static RsitType of(ReportCategory category) {
        return switch (category) {
            case PHISHING_MAIL, SUSPICIOUS_LINK -> new RsitType("fraud", "phishing");
            case MALWARE -> new RsitType("malicious-code", "infected-system");
            case LOST_DEVICE -> new RsitType("information-content-security", "data-loss");
            case INFORMATION_LEAK -> new RsitType("information-content-security", "data-leak");
            case ACCOUNT_MISUSE -> new RsitType("intrusions", "unprivileged-account-compromise");
            case DOS -> new RsitType("availability", "dos");
            case OTHER -> new RsitType("other", "other");
        };
    }

    /** {@code class/type}, as the playbooks' {@code classification.rsit} writes it. */
    @Override
    public String toString() {
        return rsitClass + "/" + type;
    }

    /**
     * How many of {@code incidents} fall in each RSIT class and type: every class and type a category maps to,
     * 0 included, in the taxonomy's order.
     */
    static Map<String, Map<String, Long>> count(Collection<Incident> incidents) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Arrays.stream(ReportCategory.values()).map(RsitType::of)
                .sorted(Comparator.comparingInt(t -> TAXONOMY_ORDER.indexOf(t.rsitClass)))
                .forEach(t -> counts.computeIfAbsent(t.rsitClass, c -> new LinkedHashMap<>()).put(t.type, 0L));
        incidents.forEach(i -> {
            RsitType t = of(i.category() == null ? ReportCategory.OTHER : i.category());
            counts.get(t.rsitClass).merge(t.type, 1L, Long::sum);
        });
        return counts;
    }
}
