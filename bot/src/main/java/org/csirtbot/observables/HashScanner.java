package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Refanging.Refanged;

/**
 * MD5, SHA-1 and SHA-256 hashes: exactly 32, 40 or 64 hexadecimal characters with no hexadecimal character on either
 * side (a 33-character run is nothing), holding at least one digit and one letter (a 32-digit number is not a hash),
 * written in lower case. A 40-character git commit is read as a SHA-1: they cannot be told apart.
 */
final class HashScanner implements TextScanner {

    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})"
            + "(?![0-9A-Fa-f])");
    private static final Pattern DIGIT_AND_LETTER = Pattern.compile("(?=.*[0-9])(?=.*[A-Fa-f]).*");

    @Override
    public List<Found> scan(Refanged text) {
        List<Found> found = new ArrayList<>();
        Matcher m = HEX.matcher(text.text());
        while (m.find()) {
            String hex = m.group();
            if (DIGIT_AND_LETTER.matcher(hex).matches()) {
                ObservableType type = switch (hex.length()) {
                    case 32 -> ObservableType.MD5;
                    case 40 -> ObservableType.SHA1;
                    default -> ObservableType.SHA256;
                };
                found.add(new Found(m.start(), m.end(), new Observable(type, hex.toLowerCase(Locale.ROOT))));
            }
        }
        return found;
    }
}
