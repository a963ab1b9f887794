package org.csirtbot.campaigns;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.report.Report;

/** Recognises the organisation's own phishing drills: by sender, by a header the drill tool adds, or by URL. */
final class PhishingSimulations {

    private final List<String> senders;
    private final List<Pattern> headers;
    private final List<Pattern> urls;

    PhishingSimulations(CampaignProperties.Simulation simulation) {
        this.senders = simulation.senders().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        this.headers = simulation.headers().stream().map(h -> Pattern.compile(
                "^" + Pattern.quote(h.strip()) + "\\s*:", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)).toList();
        this.urls = simulation.urlPatterns().stream().map(Pattern::compile).toList();
    }

    boolean recognise(Report report) {
        for (Observable observable : report.foundObservables()) {
            if (observable.type() == ObservableType.EMAIL && senders.contains(observable.value().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (observable.type() == ObservableType.URL && urls.stream().anyMatch(p -> p.matcher(observable.value()).find())) {
                return true;
            }
        }
        String pasted = report.mailHeaders();
        return pasted != null && headers.stream().anyMatch(p -> p.matcher(pasted).find());
    }
}
