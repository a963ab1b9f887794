package org.csirtbot.triage.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.partners.Partner;
import org.csirtbot.partners.Partners;
import org.csirtbot.report.Notifier;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * Who outside notified the CSIRT, as shown in triage: the directory's name for a known organisation with its number
 * from the directory, or the name they gave marked unverified, to be called back on a number known from elsewhere
 * before anyone acts on what they say (the call-back the targeted-attack playbook asks for); then what they gave.
 */
@SlackComponent
class NotifierText {

    private static final int PART_MAX = 500;

    private final Partners partners;
    private final Texts texts;

    NotifierText(Partners partners, Texts texts) {
        this.partners = partners;
        this.texts = texts;
    }

    /** Mrkdwn, user text escaped: the notifier's name, whether verified, and their contact, reference, link, TLP. */
    String of(Locale locale, Notifier notifier) {
        List<String> lines = new ArrayList<>();
        Optional<Partner> known = Optional.ofNullable(notifier.partnerId()).flatMap(partners::find);
        if (known.isPresent()) {
            String phone = known.get().contact24x7().phone().isEmpty() ? known.get().office().phone()
                    : known.get().contact24x7().phone();
            lines.add(texts.get(locale, "intake.notifier.known", Mrkdwn.escapeAndCut(known.get().name(locale), PART_MAX),
                    Mrkdwn.escape(known.get().id()), phone.isEmpty() ? "—" : Mrkdwn.escapeAndCut(phone, PART_MAX)));
        } else {
            lines.add(texts.get(locale, "intake.notifier.unknown", Mrkdwn.escapeAndCut(notifier.from(), PART_MAX)));
        }
        add(lines, locale, "intake.notifier.contact", notifier.contact());
        add(lines, locale, "intake.notifier.reference", notifier.reference());
        add(lines, locale, "intake.notifier.url", notifier.url());
        add(lines, locale, "intake.notifier.tlp", notifier.tlp());
        return String.join("\n", lines);
    }

    private void add(List<String> lines, Locale locale, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(texts.get(locale, key, Mrkdwn.escapeAndCut(value, PART_MAX)));
        }
    }
}
