package org.csirtbot.indicators.slack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.IndicatorValues;
import org.csirtbot.indicators.Pap;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.slack.Mrkdwn;

/**
 * What follows {@code /incident ioc add}: {@code <type> <value> [tlp] [pap]}. The value as Slack sends it (its
 * escaping and link markup undone, a defanged form refanged); the TLP and PAP as levels in any case, with or without
 * {@code TLP:}/{@code PAP:}. A mail subject has spaces, so after one only a level written {@code TLP:…} or
 * {@code PAP:…} is read as one. What is wrong is a text key and its arguments.
 */
record IocArguments(Observable observable, Tlp tlp, Pap pap, String problemKey, List<Object> problemArgs) {

    private static final Pattern SLACK_LINK = Pattern.compile("<([^|>]+)(?:\\|[^>]*)?>");

    boolean ok() {
        return problemKey == null;
    }

    static String typeCodes() {
        return Arrays.stream(ObservableType.values()).map(ObservableType::code).collect(Collectors.joining(", "));
    }

    static IocArguments read(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        if (words.size() < 2 || words.get(0).isEmpty()) {
            return problem("ioc.usage");
        }
        ObservableType type = ObservableType.fromCode(words.remove(0)).orElse(null);
        if (type == null) {
            return problem("ioc.unknown-type", Mrkdwn.escapeAndCut(text.strip().split("\\s+")[0], 40), typeCodes());
        }
        List<String> levels = new ArrayList<>();
        while (!words.isEmpty() && levels.size() < 2 && words.size() > 1
                && (type != ObservableType.SUBJECT || prefixed(words.get(words.size() - 1)))) {
            levels.add(0, words.remove(words.size() - 1));
        }
        if (type != ObservableType.SUBJECT && words.size() > 1) {
            return problem("ioc.too-many");
        }
        Tlp tlp = null;
        Pap pap = null;
        for (String level : levels) {
            String upper = level.toUpperCase(Locale.ROOT);
            boolean asTlp = !upper.startsWith("PAP:") && (upper.startsWith("TLP:") || tlp == null && pap == null);
            if (asTlp ? tlp != null : pap != null) {
                return problem("ioc.too-many");
            }
            if (asTlp) {
                tlp = Tlp.named(level).orElse(null);
            } else {
                pap = Pap.named(level).orElse(null);
            }
            if (asTlp ? tlp == null : pap == null) {
                return problem(asTlp ? "ioc.unknown-tlp" : "ioc.unknown-pap", Mrkdwn.escapeAndCut(level, 40));
            }
        }
        IndicatorValues.Read value = IndicatorValues.read(type, typed(String.join(" ", words), type));
        if (!value.ok()) {
            return problem("ioc.invalid." + value.problem().name().toLowerCase(Locale.ROOT), type.code(),
                    String.valueOf(IndicatorValues.hashLength(type)), String.valueOf(IndicatorValues.VALUE_MAX));
        }
        return new IocArguments(value.observable(), tlp, pap, null, List.of());
    }

    private static boolean prefixed(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return upper.startsWith("TLP:") || upper.startsWith("PAP:");
    }

    /** The value as typed: Slack's escaping and link markup undone, and a defanged form refanged. */
    private static String typed(String sent, ObservableType type) {
        String value = Mrkdwn.unescape(sent.strip());
        Matcher link = SLACK_LINK.matcher(value);
        if (link.matches()) {
            value = link.group(1).startsWith("mailto:") ? link.group(1).substring(7) : link.group(1);
        }
        if (type == ObservableType.SUBJECT) {
            return value;
        }
        value = value.replace("[.]", ".").replace("(.)", ".").replace("[@]", "@").replace("[:]", ":");
        return value.regionMatches(true, 0, "hxxp", 0, 4) ? "http" + value.substring(4) : value;
    }

    private static IocArguments problem(String key, Object... args) {
        return new IocArguments(null, null, null, key, List.of(args));
    }
}
