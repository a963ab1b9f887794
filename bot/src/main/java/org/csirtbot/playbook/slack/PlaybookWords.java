package org.csirtbot.playbook.slack;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbook.PlaybookRoles;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.RunActions;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.Refusal;
import org.csirtbot.playbooks.model.Decision;
import org.csirtbot.playbooks.model.FieldDef;
import org.csirtbot.playbooks.model.LText;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.RoleDef;
import org.csirtbot.policy.slack.AuthorityLines;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * Playbook words in the reader's language: the playbook's own texts (English or Japanese), its roles with who holds
 * them, and the engine's refusals as polite sentences. Texts from a playbook file are escaped like any user text.
 */
@SlackComponent
class PlaybookWords {

    /** Refusals about what a form holds: the form shows them beside its fields, and they do not stop it opening. */
    static final Set<Refusal> FORM_REFUSALS = EnumSet.of(Refusal.REASON_REQUIRED, Refusal.RATIONALE_REQUIRED,
            Refusal.MISSING_FIELD, Refusal.INVALID_FIELD, Refusal.UNKNOWN_FIELD, Refusal.UNKNOWN_OPTION);

    /** Holders of a role named at once; more are counted. */
    private static final int HOLDERS_SHOWN = 5;

    private final Texts texts;
    private final PlaybookRoles roles;
    private final AuthorityLines authorities;

    PlaybookWords(Texts texts, PlaybookRoles roles, AuthorityLines authorities) {
        this.texts = texts;
        this.roles = roles;
        this.authorities = authorities;
    }

    /**
     * For each role a decision's options require ({@code requires_role}): the options only it may choose, and who holds
     * that decision by the organisation policy (GV.RR), so whoever is up at 02:00 knows whom to wake; empty for none.
     */
    String reserved(Locale locale, Incident incident, Playbook playbook, Decision decision) {
        return decision.options().stream().map(Decision.Option::requiresRole).filter(r -> r != null).distinct()
                .map(role -> "\n" + texts.get(locale, "playbook.step.reserved", role(incident, playbook, role, locale),
                        decision.options().stream().filter(o -> role.equals(o.requiresRole()))
                                .map(o -> text(o.label(), locale)).collect(Collectors.joining(", ")),
                        authorities.holdersOf(locale, role).orElseGet(() -> texts.get(locale,
                                "playbook.step.reserved.no-policy", Mrkdwn.escapeAndCut(role, 63)))))
                .collect(Collectors.joining());
    }

    Texts texts() {
        return texts;
    }

    /** A playbook text in the reader's language, escaped for mrkdwn. */
    static String text(LText text, Locale locale) {
        return text == null ? "" : Mrkdwn.escape(plain(text, locale));
    }

    /** A playbook text in the reader's language, as it is (for plain_text fields). */
    static String plain(LText text, Locale locale) {
        return text == null ? "" : text.in("ja".equals(locale.getLanguage()) ? "ja" : "en");
    }

    String stepName(Playbook playbook, String step, Locale locale) {
        return playbook.step(step).map(s -> text(s.name(), locale)).orElse(Mrkdwn.escape(step));
    }

    /** "Incident manager (<@U1>)"; for a role the responders hold, "Handler (CSIRT responders)". */
    String role(Incident incident, Playbook playbook, String role, Locale locale) {
        if (role == null) {
            return "—";
        }
        RoleDef def = playbook.roles().get(role);
        String label = def == null ? Mrkdwn.escape(role) : text(def.label(), locale);
        if (!roles.mapped(playbook, role)) {
            return label + " (" + texts.get(locale, "playbook.role.responders") + ")";
        }
        List<String> holders = roles.holders(incident, playbook, role);
        return holders.isEmpty() ? label + " (" + texts.get(locale, "playbook.role.nobody") + ")"
                : label + " (" + mentions(holders) + ")";
    }

    static String mentions(List<String> users) {
        String shown = users.stream().limit(HOLDERS_SHOWN).map(Mrkdwn::mention).collect(Collectors.joining(", "));
        return users.size() <= HOLDERS_SHOWN ? shown : shown + " +" + (users.size() - HOLDERS_SHOWN);
    }

    /** What to tell the person after an action: null when it applied (the step's messages show it). */
    String outcome(Locale locale, Incident incident, RunActions.Acted acted) {
        return switch (acted.result()) {
            case APPLIED -> null;
            case REFUSED -> refusal(locale, incident, acted.run(), acted.refusal());
            case NO_RUN -> texts.get(locale, "playbook.gone");
            case UNAVAILABLE -> texts.get(locale, "playbook.unavailable");
            case CONTENDED -> texts.get(locale, "playbook.contended");
        };
    }

    /** The engine's refusal as a sentence: which step, role or field it is about, in the reader's words. */
    String refusal(Locale locale, Incident incident, PlaybookRun run, Event.Refused refused) {
        Playbook playbook = run.playbook();
        String detail = refused.detail() == null ? "" : refused.detail();
        String about = switch (refused.reason()) {
            case STEP_NOT_READY, NOT_SKIPPABLE, UNKNOWN_STEP, OWN_WORK -> stepName(playbook, detail, locale);
            case ROLE_REQUIRED, AWAITING_APPROVAL -> role(incident, playbook, detail, locale);
            case UNKNOWN_FIELD, INVALID_FIELD, MISSING_FIELD, MISSING_INPUT, UNKNOWN_INPUT -> field(playbook, detail, locale);
            default -> Mrkdwn.escapeAndCut(detail, 100);
        };
        return texts.get(locale, "playbook.refusal." + refused.reason().name(), about);
    }

    /** A field's label (its key when the playbook has no such field); the detail may end in " (type)". */
    String field(Playbook playbook, String detail, Locale locale) {
        String key = detail.contains(" ") ? detail.substring(0, detail.indexOf(' ')) : detail;
        return playbook.steps().flatMap(s -> s.fields()).filter(f -> f.key().equals(key)).findFirst()
                .or(() -> playbook.input(key)).map(FieldDef::label).map(l -> text(l, locale))
                .orElse(Mrkdwn.escapeAndCut(key, 100));
    }
}
