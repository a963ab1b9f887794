package org.csirtbot.partners.slack;

import java.util.Locale;

import org.csirtbot.partners.Partner;
import org.csirtbot.partners.PartnerKind;
import org.csirtbot.partners.Partners;
import org.csirtbot.partners.RequestDirection;
import org.csirtbot.partners.RequestStatus;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/** The words the request messages share: kinds, statuses and directions by name, an organisation as the room reads it. */
@SlackComponent
class RequestWords {

    /** How much of a name a line shows. */
    static final int NAME_SHOWN = 120;

    private final Texts texts;
    private final Partners partners;

    RequestWords(Texts texts, Partners partners) {
        this.texts = texts;
        this.partners = partners;
    }

    Texts texts() {
        return texts;
    }

    String kind(Locale locale, PartnerKind kind) {
        return texts.get(locale, "partners.kind." + kind.code());
    }

    String status(Locale locale, RequestStatus status) {
        return texts.get(locale, "request.status." + status.code());
    }

    String direction(Locale locale, RequestDirection direction) {
        return texts.get(locale, "request.direction." + direction.code());
    }

    /** "to" for a request that goes out, "from" for one that comes in. */
    String toOrFrom(Locale locale, RequestDirection direction) {
        return texts.get(locale, "request.party." + direction.code());
    }

    /** The organisation's name, escaped; its ID in code when the directory no longer has it. */
    String partner(Locale locale, String partnerId) {
        return partners.find(partnerId).map(p -> name(locale, p)).orElse("`" + Mrkdwn.escapeAndCut(partnerId, 63) + "`");
    }

    static String name(Locale locale, Partner partner) {
        return Mrkdwn.escapeAndCut(partner.name(locale), NAME_SHOWN);
    }
}
