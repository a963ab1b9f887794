package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Refanging.Refanged;

/**
 * Bare domain names ({@code evil.example.com}, {@code bücher.de}) that end in a real top-level domain. Not taken: a
 * name ending in a top-level domain that is also a common file extension ({@code invoice.zip}, {@code README.md})
 * unless it was written defanged ({@code evil[.]zip}); a sentence run together ({@code check.It}: a capitalised last
 * label after a lower-case one); a name joined to an underscore or followed by {@code @}.
 */
final class DomainScanner implements TextScanner {

    private static final Pattern RUN_TOGETHER = Pattern.compile(".*\\p{Ll}\\.\\p{Lu}\\p{Ll}+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");

    @Override
    public List<Found> scan(Refanged refanged) {
        String text = refanged.text();
        List<Found> found = new ArrayList<>();
        Matcher run = DomainNames.NAME_CHARS.matcher(text);
        while (run.find()) {
            if (charAt(text, run.start() - 1) == '_' || charAt(text, run.end()) == '_' || charAt(text, run.end()) == '@') {
                continue;
            }
            int partStart = run.start();
            for (String part : DOTS.split(run.group(), -1)) {
                add(found, refanged, partStart, part);
                partStart += part.length() + 2;
                while (partStart < run.end() && text.charAt(partStart) == '.') {
                    partStart++;
                }
            }
        }
        return found;
    }

    private static char charAt(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    private static void add(List<Found> found, Refanged refanged, int at, String part) {
        int leadingDots = part.length() - part.replaceFirst("^\\.+", "").length();
        int start = at + leadingDots;
        String name = part.substring(leadingDots).replaceFirst("\\.$", "");
        if (name.startsWith("-") || name.endsWith("-") || !DomainNames.isDotted(name)) {
            return;
        }
        int end = start + name.length();
        boolean defanged = refanged.defanged().nextSetBit(start) >= 0 && refanged.defanged().nextSetBit(start) < end;
        domain(name, defanged).ifPresent(d -> found.add(new Found(start, end, new Observable(ObservableType.DOMAIN, d))));
    }

    static Optional<String> domain(String written, boolean defanged) {
        if (!defanged && RUN_TOGETHER.matcher(written).matches()) {
            return Optional.empty();
        }
        return DomainNames.normalised(written).filter(DomainNames::hasKnownTld)
                .filter(d -> defanged || !TopLevelDomains.looksLikeFileExtension(DomainNames.topLevel(d)));
    }
}
