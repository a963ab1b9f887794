package org.csirtbot.policy.slack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.csirtbot.policy.Authority;
import org.csirtbot.policy.OrganisationPolicy;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.modulith.NamedInterface;

/**
 * An authority of the organisation policy as a line: who holds the decision (users and user groups mentioned, so they
 * can be woken), their title, the deputies and the document it comes from; "never" for a decision the policy forbids;
 * a warning when nobody is named. Used by {@code /incident policy} and by a playbook decision reserved to a role.
 */
@SlackComponent
@NamedInterface("lines")
public class AuthorityLines {

    /** How much of one authority a line shows. */
    static final int LINE_MAX = 600;

    private final OrganisationPolicy policy;
    private final Texts texts;

    AuthorityLines(OrganisationPolicy policy, Texts texts) {
        this.policy = policy;
        this.texts = texts;
    }

    /** Who holds the role's decision by the policy; empty when the policy has no authority of that ID. */
    public Optional<String> holdersOf(Locale locale, String id) {
        return policy.authority(id).map(a -> who(locale, a));
    }

    /** The whole line: the decision, then who holds it. */
    String line(Locale locale, Authority authority) {
        return Mrkdwn.cut(texts.get(locale, "text.list-item", texts.get(locale, "policy.authority",
                Mrkdwn.escapeAndCut(authority.decision().in(locale), 300), who(locale, authority))), LINE_MAX);
    }

    private String who(Locale locale, Authority a) {
        String source = a.source().isEmpty() ? "" : texts.get(locale, "policy.authority.source",
                Mrkdwn.escapeAndCut(a.source(), 200));
        if (a.never()) {
            return texts.get(locale, "policy.authority.never") + source;
        }
        if (a.unfilled()) {
            return texts.get(locale, "policy.authority.unfilled", a.id()) + source;
        }
        String title = a.title().blank() ? "" : texts.get(locale, "policy.authority.title",
                Mrkdwn.escapeAndCut(a.title().in(locale), 100));
        String holders = a.holders().isEmpty() ? texts.get(locale, "policy.authority.nobody") : mentions(a.holders());
        String deputies = a.deputies().isEmpty() ? "" : texts.get(locale, "policy.authority.deputies",
                mentions(a.deputies()));
        return holders + title + deputies + source;
    }

    /** {@code <@U…>} for a user, {@code <!subteam^S…>} for a user group. */
    static String mentions(List<String> ids) {
        return ids.stream().map(id -> id.startsWith("S") ? "<!subteam^" + id + ">" : Mrkdwn.mention(id))
                .collect(Collectors.joining(", "));
    }
}
