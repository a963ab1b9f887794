package org.csirtbot.indicators.slack;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.Tlp;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.indicators.Indicator;
import org.csirtbot.indicators.Sighting;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * Indicators as one line each in Slack. A value is shown defanged in code ({@code hxxps://evil[.]example}), so nobody
 * follows it by a click; the incidents it was seen in are named only when the reader may read them (a restricted
 * incident's only for its room), never an exercise's.
 */
@SlackComponent
class IocLines {

    /** The longest value shown, in characters. */
    static final int VALUE_SHOWN = 200;
    /** Incidents named on one line; more are counted. */
    static final int INCIDENTS_NAMED = 5;

    private final Incidents incidents;
    private final Permissions permissions;
    private final Texts texts;

    IocLines(Incidents incidents, Permissions permissions, Texts texts) {
        this.incidents = incidents;
        this.permissions = permissions;
        this.texts = texts;
    }

    /** Which incidents {@code userId} may see named, decided once per incident for one answer. */
    Predicate<String> readableBy(String userId) {
        Map<String, Boolean> decided = new HashMap<>();
        return id -> decided.computeIfAbsent(id, i -> incidents.find(i)
                .filter(incident -> !incident.isExercise() && permissions.mayRead(userId, incident)).isPresent());
    }

    /** The indicator's type and value, defanged, in code. */
    static String shown(Observable observable) {
        String value = observable.value();
        if (observable.type() != ObservableType.SUBJECT && !hash(observable.type())) {
            value = value.replace(".", "[.]").replace("@", "[@]");
            value = value.regionMatches(true, 0, "http", 0, 4) ? "hxxp" + value.substring(4) : value;
        }
        String safe = Mrkdwn.escapeAndCut(value.replace('`', '\uFF40').replace("\n", " "), VALUE_SHOWN);
        return "`" + observable.type().code() + "` `" + safe + "`";
    }

    /** The incidents besides {@code except} the indicator was seen in, that the reader may see named; "" if none. */
    String incidentsNamed(Indicator indicator, String except, Predicate<String> readable) {
        List<String> named = indicator.sightings().stream().filter(s -> !s.imported() && !s.incidentId().equals(except))
                .map(Sighting::incidentId).filter(readable).sorted(Comparator.reverseOrder()).toList();
        if (named.isEmpty()) {
            return "";
        }
        String listed = String.join(", ", named.subList(0, Math.min(INCIDENTS_NAMED, named.size())));
        return named.size() > INCIDENTS_NAMED ? listed + " (+" + (named.size() - INCIDENTS_NAMED) + ")" : listed;
    }

    /** A line of the room's list: the incident's sighting, who gave it, and the other incidents it is in. */
    String inRoom(Locale locale, Indicator indicator, Sighting sighting, Predicate<String> readable) {
        String also = incidentsNamed(indicator, sighting.incidentId(), readable);
        String source = sighting.source() == null ? "—" : Mrkdwn.escapeAndCut(sighting.source(), 120);
        return texts.get(locale, "ioc.list.line.room", shown(indicator.observable()), marks(sighting.tlp(),
                indicator), Mrkdwn.when(sighting.at()), Mrkdwn.when(sighting.lastAt()), source)
                + (also.isEmpty() ? "" : " " + texts.get(locale, "ioc.also-in", also));
    }

    /**
     * A line of the registry's list, or null when the reader may see none of its sightings: its TLP the strictest of
     * those they may see, where it was seen (or that a partner shared it) and when last.
     */
    String inRegistry(Locale locale, Indicator indicator, Predicate<String> readable) {
        List<Sighting> visible = indicator.sightings().stream()
                .filter(s -> s.imported() || readable.test(s.incidentId())).toList();
        if (visible.isEmpty()) {
            return null;
        }
        Tlp tlp = visible.stream().map(Sighting::tlp).max(Comparator.naturalOrder()).orElseThrow();
        String seenIn = incidentsNamed(indicator, "", readable);
        String where = seenIn.isEmpty() ? texts.get(locale, "ioc.list.from-partner") : seenIn;
        Instant last = visible.stream().map(Sighting::lastAt).max(Comparator.naturalOrder()).orElseThrow();
        return texts.get(locale, "ioc.list.line.registry", shown(indicator.observable()), marks(tlp, indicator),
                where, Mrkdwn.when(last));
    }

    /** TLP and PAP; PAP:RED says it may not be looked up outside. */
    private static String marks(Tlp tlp, Indicator indicator) {
        return "TLP:" + tlp.label() + " " + indicator.pap().label()
                + (indicator.mayBeLookedUpOutside() ? "" : " :no_entry_sign:");
    }

    private static boolean hash(ObservableType type) {
        return type == ObservableType.MD5 || type == ObservableType.SHA1 || type == ObservableType.SHA256;
    }
}
