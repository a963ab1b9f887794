package org.csirtbot.playbook.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.partners.Contact;
import org.csirtbot.partners.Partner;
import org.csirtbot.partners.PartnerFields;
import org.csirtbot.partners.Partners;
import org.csirtbot.playbooks.model.Notify;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * The outside organisations a notify step names ({@code partner}), as the step shows them: each one's name, kind and
 * the highest TLP it may receive, and the contacts the organisation filled in its directory (around the clock, in office
 * hours, the PGP fingerprint), or that none are filled in and where to set them; a warning when the step's message is
 * marked above what it may receive, a note when the directory lacks it, and a supplier's contractual incident duties
 * (GV.SC). Read as the step is posted or updated.
 */
@SlackComponent
class PartnerLines {

    /** How much of one organisation the step shows; the directory ({@code GET /api/partners/{id}}) has it all. */
    static final int ONE_MAX = 700;
    /** The field the personal-data-breach playbook records the contractor in. */
    static final String CONTRACTOR_FIELD = "__contractor__";

    private final Partners partners;
    private final Texts texts;

    PartnerLines(Partners partners, Texts texts) {
        this.partners = partners;
        this.texts = texts;
    }

    /**
     * For a notify step, its organisations' lines; for a step that records the contractor ({@value #CONTRACTOR_FIELD},
     * the personal-data-breach contractor branch), the directory's suppliers and their contractual duties; else empty.
     */
    String of(Locale locale, Step step) {
        if (step.notification() != null) {
            return of(locale, step.notification());
        }
        if (step.fields().noneMatch(f -> CONTRACTOR_FIELD.equals(f.key()))) {
            return "";
        }
        List<Partner> suppliers = partners.all().stream().filter(p -> p.duties().any()).toList();
        if (suppliers.isEmpty()) {
            return texts.get(locale, "playbook.step.suppliers.none");
        }
        StringBuilder lines = new StringBuilder(texts.get(locale, "playbook.step.suppliers"));
        suppliers.forEach(p -> lines.append("\n").append(Mrkdwn.cut(texts.get(locale, "text.list-item",
                texts.get(locale, "playbook.step.suppliers.one", Mrkdwn.escapeAndCut(p.name(locale), 150),
                texts.get(locale, "partners.kind." + p.kind().code()), duties(locale, p))), ONE_MAX)));
        return lines.toString();
    }

    /** A line for each organisation the step names, each starting on a line of its own; empty when it names none. */
    String of(Locale locale, Notify notify) {
        StringBuilder lines = new StringBuilder();
        for (String id : notify.partners()) {
            lines.append("\n").append(Mrkdwn.cut(one(locale, notify, id), ONE_MAX));
        }
        return lines.toString();
    }

    private String one(Locale locale, Notify notify, String id) {
        Optional<Partner> found = partners.find(id);
        if (found.isEmpty()) {
            return texts.get(locale, "playbook.step.notify.partner.unknown", Mrkdwn.escapeAndCut(id, 63));
        }
        Partner p = found.get();
        String name = Mrkdwn.escapeAndCut(p.name(locale), 150);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(locale, "playbook.step.notify.partner", name,
                texts.get(locale, "partners.kind." + p.kind().code()), p.tlpMax().label()));
        if (!p.reachable() && p.pgpFingerprint().isEmpty()) {
            lines.add(texts.get(locale, "playbook.step.notify.partner.unfilled", p.id()));
        } else {
            contact(locale, "playbook.step.notify.partner.24x7", p.contact24x7(), lines);
            contact(locale, "playbook.step.notify.partner.office", p.office(), lines);
            if (!p.pgpFingerprint().isEmpty()) {
                lines.add(texts.get(locale, "playbook.step.notify.partner.pgp", p.fingerprintGrouped()));
            }
        }
        if (p.duties().any()) {
            lines.add(texts.get(locale, "playbook.step.notify.partner.duties", duties(locale, p)));
        }
        if (notify.tlp() != null) {
            PartnerFields.tlp(notify.tlp().label()).filter(marked -> !p.mayReceive(marked)).ifPresent(marked ->
                    lines.add(texts.get(locale, "playbook.step.notify.partner.above", name, marked.label(),
                            p.tlpMax().label())));
        }
        return String.join("\n", lines);
    }

    /** "notify us within 24 h · provides logs, forensic access · contract MSA §12"; empty without duties. */
    private String duties(Locale locale, Partner p) {
        List<String> parts = new ArrayList<>();
        if (p.duties().notifyWithinHours() != null) {
            parts.add(texts.get(locale, "partners.duties.notify", String.valueOf(p.duties().notifyWithinHours())));
        }
        if (!p.duties().provides().isEmpty()) {
            parts.add(texts.get(locale, "partners.duties.provides", Mrkdwn.escapeAndCut(String.join(", ",
                    p.duties().provides()), 300)));
        }
        if (!p.duties().contractRef().isEmpty()) {
            parts.add(texts.get(locale, "partners.duties.contract", Mrkdwn.escapeAndCut(p.duties().contractRef(), 200)));
        }
        return String.join(" · ", parts);
    }

    private void contact(Locale locale, String key, Contact contact, List<String> lines) {
        if (!contact.filled()) {
            return;
        }
        List<String> ways = new ArrayList<>();
        if (!contact.phone().isEmpty()) {
            ways.add(":telephone_receiver: " + Mrkdwn.escape(contact.phone()));
        }
        if (!contact.email().isEmpty()) {
            ways.add(":email: " + Mrkdwn.escape(contact.email()));
        }
        if (!contact.webForm().isEmpty()) {
            ways.add(":globe_with_meridians: " + Mrkdwn.escape(contact.webForm()));
        }
        lines.add(texts.get(locale, key, String.join(" · ", ways)));
    }
}
