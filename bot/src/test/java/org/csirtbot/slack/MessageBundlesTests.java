package org.csirtbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text exists in English and Japanese, with the same placeholders, and each one formats. */
class MessageBundlesTests {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japaneseHasEveryEnglishTextAndNothingElse() throws IOException {
        assertThat(load("messages_ja.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties ja = load("messages_ja.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(ja.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void everyTextFormatsWithoutLosingItsQuotes() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_ja.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                String formatted = new MessageFormat(text).format(new Object[] {"A", "B", "C", "D"});
                assertThat(formatted).as(file + " " + key).doesNotContain("{0}");
                assertThat(text).as(file + " " + key + ": MessageFormat drops a straight quote").doesNotContain("'");
            }
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        var matcher = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
        java.util.Set<String> found = new java.util.TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
