package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Refanging.Refanged;

/**
 * E-mail addresses ({@code taro@example.co.jp}, {@code Alert@Example.COM}): the local part kept as written (it may be
 * case-sensitive), the domain normalised like any domain and ending in a real top-level domain.
 */
final class EmailScanner implements TextScanner {

    private static final String LOCAL_CHARS = "A-Za-z0-9._%+-";
    private static final Pattern LOCAL_BEFORE_AT = Pattern.compile("[" + LOCAL_CHARS + "]+$");
    /** A whole address, as in a mail header: any RFC 5322 atext in the local part, any script in the domain. */
    private static final Pattern WHOLE = Pattern.compile("([A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([^\\s@<>\\[\\]]+?)\\.?");

    @Override
    public List<Found> scan(Refanged refanged) {
        String text = refanged.text();
        List<Found> found = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            Matcher local = LOCAL_BEFORE_AT.matcher(text.substring(Math.max(0, at - 64), at));
            Matcher domain = DomainNames.NAME_CHARS.matcher(text).region(at + 1, text.length());
            if (!local.find() || !domain.lookingAt() || domain.end() < text.length() && text.charAt(domain.end()) == '_') {
                continue;
            }
            String name = domain.group().split("\\.{2,}", 2)[0].replaceAll("[.-]+$", "");
            if (DomainNames.isDotted(name)) {
                int start = at - local.group().length();
                int end = at + 1 + name.length();
                address(local.group(), name).ifPresent(a -> found.add(new Found(start, end,
                        new Observable(ObservableType.EMAIL, a))));
            }
        }
        return found;
    }

    /** {@code written} as a normalised address when it is one whole address (as in a mail header), else empty. */
    static Optional<String> normalised(String written) {
        Matcher m = WHOLE.matcher(written.strip());
        return m.matches() ? address(m.group(1), m.group(2)) : Optional.empty();
    }

    private static Optional<String> address(String local, String domain) {
        String trimmed = local.replaceAll("^\\.+|\\.+$", "");
        if (trimmed.isEmpty() || trimmed.contains("..")) {
            return Optional.empty();
        }
        return DomainNames.normalised(domain).filter(DomainNames::hasKnownTld).map(d -> trimmed + "@" + d);
    }
}
