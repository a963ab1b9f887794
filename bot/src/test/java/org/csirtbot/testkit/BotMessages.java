package org.csirtbot.testkit;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The bot's texts ({@code messages.properties}, {@code messages_ja.properties}) as the application reads them. */
public final class BotMessages {

    private BotMessages() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
