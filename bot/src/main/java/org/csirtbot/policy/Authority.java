package org.csirtbot.policy;

import java.util.List;

import org.csirtbot.partners.Bilingual;

/**
 * Who may take one decision (GV.RR-02): its ID (a playbook role a decision {@code requires_role}, such as {@code mgmt},
 * or an organisation-level decision, such as {@code pay_ransom}), the decision in both languages, its holders and
 * deputies (Slack user IDs {@code U…}/{@code W…} or user-group IDs {@code S…}), the holder's title, the policy document
 * it comes from, and whether the organisation's answer is never to take it ({@code never}, e.g. paying a ransom).
 */
public record Authority(String id, Bilingual decision, List<String> holders, Bilingual title, List<String> deputies,
                        String source, boolean never) {

    public Authority {
        decision = decision == null ? Bilingual.EMPTY : decision;
        holders = holders == null ? List.of() : List.copyOf(holders);
        title = title == null ? Bilingual.EMPTY : title;
        deputies = deputies == null ? List.of() : List.copyOf(deputies);
        source = source == null ? "" : source;
    }

    /** Whether nobody is named yet: neither a holder nor a deputy. */
    public boolean unfilled() {
        return holders.isEmpty() && deputies.isEmpty();
    }

    /** Whether the person (a user ID, not a group) is named as a holder or a deputy. */
    public boolean heldBy(String userId) {
        return userId != null && (holders.contains(userId) || deputies.contains(userId));
    }
}
