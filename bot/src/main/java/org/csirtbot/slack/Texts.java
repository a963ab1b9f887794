package org.csirtbot.slack;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Every text the bot shows, from the message bundles ({@code messages*.properties}). */
@SlackComponent
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
