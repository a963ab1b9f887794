package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Refanging.Refanged;

/**
 * URLs with a scheme ({@code http}, {@code https}, {@code ftp}), each followed by its host as a domain or an IP
 * address. The URL ends at a space, at a character that cannot be in a URL, or at the first non-ASCII character after
 * the host, so Japanese text may follow it directly ({@code https://evil.example.com/loginにアクセス}); the scheme
 * may follow other letters ({@code URLhttps://...}). Trailing punctuation and an unbalanced closing bracket are left
 * out. See {@link UrlParts} for how a URL is normalised.
 */
final class UrlScanner implements TextScanner {

    private static final Pattern SCHEME = Pattern.compile("(?i)(https?|ftp)://");
    private static final String PATH_CHARS = "-._~:/?#[]@!$&'()*+,;=%";
    private static final String TRAILING = ".,;:!?'*_";

    @Override
    public List<Found> scan(Refanged refanged) {
        String text = refanged.text();
        List<Found> found = new ArrayList<>();
        Matcher m = SCHEME.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int authorityEnd = authorityEnd(text, m.end());
            from = Math.max(m.end(), authorityEnd);
            UrlParts.Host host = UrlParts.host(text.substring(m.end(), authorityEnd));
            if (host == null) {
                continue;
            }
            int end = m.end() + host.authorityLength();
            if (host.authorityLength() == authorityEnd - m.end()) {
                end = pathEnd(text, end);
            }
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            String url = UrlParts.url(scheme, host, text.substring(m.end() + host.authorityLength(), end));
            List<Observable> observables = new ArrayList<>();
            observables.add(new Observable(ObservableType.URL, url));
            host.observable().ifPresent(observables::add);
            found.add(new Found(m.start(), end, observables));
            from = end;
        }
        return found;
    }

    private static int authorityEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isAuthorityChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAuthorityChar(char c) {
        if (c < 128) {
            return Character.isLetterOrDigit(c) || "-._~%:@[]".indexOf(c) >= 0;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Where the path, query and fragment end, leaving out trailing punctuation and unbalanced closing brackets. */
    private static int pathEnd(String text, int start) {
        int end = start;
        int parens = 0;
        int brackets = 0;
        if (end < text.length() && "/?#".indexOf(text.charAt(end)) >= 0) {
            while (end < text.length() && isPathChar(text.charAt(end))) {
                char c = text.charAt(end++);
                parens += c == '(' ? 1 : c == ')' ? -1 : 0;
                brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
            }
        }
        while (end > start) {
            char last = text.charAt(end - 1);
            boolean unbalanced = last == ')' && parens < 0 || last == ']' && brackets < 0;
            if (TRAILING.indexOf(last) < 0 && !unbalanced) {
                break;
            }
            parens += last == ')' ? 1 : 0;
            brackets += last == ']' ? 1 : 0;
            end--;
        }
        return end;
    }

    private static boolean isPathChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || PATH_CHARS.indexOf(c) >= 0);
    }
}
