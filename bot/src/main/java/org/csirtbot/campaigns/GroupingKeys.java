package org.csirtbot.campaigns;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.report.Report;

/**
 * What a report may be grouped by: its observables, less those in the organisation's own domains and internal or
 * documentation addresses and empty files' hashes ({@link UninformativeKeys}: a colleague's PC says nothing of a wave), and its mail's
 * subject once reply and forward prefixes are taken off (a subject shorter than {@value #SUBJECT_MIN} characters
 * says too little).
 */
final class GroupingKeys {

    static final int SUBJECT_MIN = 8;
    private static final Pattern PREFIXES = Pattern.compile("^((re|fw|fwd|aw|wg|転送|返信)\\s*[:：]\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final List<String> ignoredDomains;

    GroupingKeys(List<String> ignoredDomains) {
        this.ignoredDomains = ignoredDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).toList();
    }

    Set<String> of(Report report) {
        Set<String> keys = new LinkedHashSet<>();
        for (Observable observable : report.foundObservables()) {
            if (observable.type() == ObservableType.SUBJECT) {
                String subject = subject(observable.value());
                if (subject.length() >= SUBJECT_MIN) {
                    keys.add(ObservableType.SUBJECT.code() + ":" + subject);
                }
            } else if (!ours(observable) && !UninformativeKeys.uninformative(observable)) {
                // an address's local part keeps its case when found; mail systems treat it alike, and so do waves
                keys.add(observable.type() == ObservableType.EMAIL ? observable.key().toLowerCase(Locale.ROOT)
                        : observable.key());
            }
        }
        return keys;
    }

    static String subject(String subject) {
        String plain = subject.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return PREFIXES.matcher(plain).replaceFirst("").strip();
    }

    private boolean ours(Observable observable) {
        String host = switch (observable.type()) {
            case DOMAIN -> observable.value();
            case EMAIL -> observable.value().substring(observable.value().lastIndexOf('@') + 1);
            case URL -> hostOf(observable.value());
            default -> null;
        };
        return host != null && ignoredDomains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
