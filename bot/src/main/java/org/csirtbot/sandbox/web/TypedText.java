package org.csirtbot.sandbox.web;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the person typed as Slack passes it on: {@code &}, {@code <} and {@code >} escaped, and, for a command whose
 * manifest says {@code should_escape: true}, {@code @name} and {@code #channel} turned into {@code <@U…|name>} and
 * {@code <#C…|channel>} so that the app receives ids.
 */
final class TypedText {

    /** The commands bot/slack-app-manifest.yml declares with {@code should_escape: true}. */
    private static final Set<String> ESCAPED_COMMANDS = Set.of("/incident");
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w<])([@#])([\\w.\\-]+)");

    private TypedText() {
    }

    static String escaped(String typed) {
        return typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String ofCommand(String command, String typed, PersonView seen) {
        String text = escaped(typed);
        return ESCAPED_COMMANDS.contains(command) ? referenced(text, seen) : text;
    }

    private static String referenced(String text, PersonView seen) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            String id = "@".equals(m.group(1)) ? personId(seen, name) : channelId(seen, name);
            String reference = id == null ? m.group() : "<" + m.group(1) + id + "|" + name + ">";
            m.appendReplacement(out, Matcher.quoteReplacement(reference));
        }
        return m.appendTail(out).toString();
    }

    private static String personId(PersonView seen, String name) {
        return seen.people().stream().filter(p -> p.name().equalsIgnoreCase(name)).map(PersonView.Person::id)
                .findFirst().orElse(null);
    }

    private static String channelId(PersonView seen, String name) {
        return seen.conversations().stream().filter(c -> !c.isIm() && c.name().equalsIgnoreCase(name))
                .min(Comparator.comparing(PersonView.Conversation::name)).map(PersonView.Conversation::id)
                .orElse(null);
    }
}
