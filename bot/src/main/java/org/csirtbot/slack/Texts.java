package org.csirtbot.slack;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Every text the bot shows, from the message bundles ({@code messages*.properties}). */
@SlackComponent
public class Texts {

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The text, or {@code otherwise} when the bundles have no such key. */
    public String getOrElse(Locale locale, String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, locale);
    }
}
