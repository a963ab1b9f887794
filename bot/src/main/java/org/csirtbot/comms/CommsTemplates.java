package org.csirtbot.comms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.incident.Incident;
import org.csirtbot.time.ReadableTimes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The templates of communications, one a kind and language ({@code resources/comms/<kind>_<en|ja>.md}), filled from the
 * incident. A template's first line is its subject after a label ({@code Subject:}, {@code 件名:}); after a blank line
 * comes the text. {@code {{id}}}, {@code {{title}}}, {@code {{event}}}, {@code {{declared}}}, {@code {{began}}} and
 * {@code {{date}}} are filled in; what only the drafter knows is left as 【…】 or […]. The incident's own title goes only
 * into a notice that stays inside the company, and never for a restricted incident; dates are in
 * {@code CSIRTBOT_TIME_ZONE} (default the system's).
 */
@Component
public class CommsTemplates {

    /** The languages every template is written in. */
    public static final List<String> LANGUAGES = List.of("en", "ja");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final Map<String, CommsText> templates = new HashMap<>();
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    CommsTemplates(MessageSource messages, Clock clock, ReadableTimes times) {
        this.messages = messages;
        this.clock = clock;
        this.zone = times.timeZone();
        for (CommsKind kind : CommsKind.values()) {
            for (String language : LANGUAGES) {
                templates.put(kind.code() + "_" + language, read(kind.code(), language));
                for (String variant : kind.variants()) {
                    templates.put(name(kind, variant) + "_" + language, read(name(kind, variant), language));
                }
            }
        }
    }

    /** {@code ja} for Japanese, else {@code en}. */
    public static String language(Locale locale) {
        return locale != null && "ja".equals(locale.getLanguage()) ? "ja" : "en";
    }

    /** The template as written, placeholders and all. */
    CommsText template(CommsKind kind, String language) {
        return template(kind, null, language);
    }

    /** The starter variant as written ({@code null}: the kind's own template). */
    CommsText template(CommsKind kind, String variant, String language) {
        return templates.get(name(kind, variant) + "_" + language(Locale.forLanguageTag(language)));
    }

    /** The template of this kind in this language ({@code en} or {@code ja}), filled from the incident. */
    public CommsText fill(CommsKind kind, String language, Incident incident) {
        return fill(kind, null, language, incident);
    }

    /**
     * The starter {@code variant} of this kind (one of {@link CommsKind#variants()}; {@code null}: the kind's own) in
     * this language, filled from the incident.
     */
    public CommsText fill(CommsKind kind, String variant, String language, Incident incident) {
        Locale locale = Locale.forLanguageTag(language(Locale.forLanguageTag(language)));
        Map<String, String> values = Map.of(
                "id", incident.id(),
                "title", kind.internal() && !incident.restricted() ? incident.title()
                        : text(locale, "comms.placeholder.title"),
                "event", text(locale, "comms.event." + incident.category().code()),
                "declared", date(incident.declaredAt(), locale),
                "began", incident.beganAt() != null ? date(incident.beganAt(), locale)
                        : text(locale, "comms.placeholder.began"),
                "date", date(clock.instant(), locale));
        CommsText template = template(kind, variant, locale.getLanguage());
        return new CommsText(filled(template.subject(), values), filled(template.text(), values));
    }

    /** Fills every placeholder in one pass, so a value (a title) that looks like a placeholder stays as it is. */
    private static String filled(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private String date(Instant at, Locale locale) {
        String pattern = "ja".equals(locale.getLanguage()) ? "uuuu年M月d日" : "d MMMM uuuu";
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(at);
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }

    private static String name(CommsKind kind, String variant) {
        return variant == null ? kind.code() : kind.code() + "-" + variant;
    }

    private static CommsText read(String template, String language) {
        String name = "/comms/" + template + "_" + language + ".md";
        try (InputStream in = CommsTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the template " + name + " is missing");
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int end = all.indexOf('\n');
            String first = end < 0 ? all : all.substring(0, end);
            int label = first.indexOf(':');
            return new CommsText(first.substring(label + 1).strip(), end < 0 ? "" : all.substring(end + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
