package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** Finds observables in free text (interim: plain forms only; defanged forms and normalisation land next). */
@Component
public class ObservableExtraction {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'）」]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern HASH = Pattern.compile("(?<![0-9a-fA-F])(?:[0-9a-fA-F]{64}|[0-9a-fA-F]{40}|[0-9a-fA-F]{32})(?![0-9a-fA-F])");

    public List<Observable> from(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<Observable> found = new LinkedHashSet<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            found.add(new Observable(ObservableType.URL, url.group().toLowerCase(Locale.ROOT)));
        }
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            found.add(new Observable(ObservableType.EMAIL, email.group().toLowerCase(Locale.ROOT)));
        }
        Matcher hash = HASH.matcher(text);
        while (hash.find()) {
            String h = hash.group().toLowerCase(Locale.ROOT);
            found.add(new Observable(h.length() == 32 ? ObservableType.MD5 : h.length() == 40 ? ObservableType.SHA1
                    : ObservableType.SHA256, h));
        }
        return new ArrayList<>(found);
    }
}
