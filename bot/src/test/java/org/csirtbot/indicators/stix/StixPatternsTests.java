package org.csirtbot.indicators.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every indicator type as a STIX pattern and back; other patterns are not read; IDs are stable version 5 UUIDs. */
class StixPatternsTests {

    @ParameterizedTest
    @EnumSource(ObservableType.class)
    void everyTypeIsWrittenAndReadBack(ObservableType type) {
        Observable observable = new Observable(type, switch (type) {
            case MD5 -> "d41d8cd98f00b204e9800998ecf8427e";
            case SHA1 -> "da39a3ee5e6b4b0d3255bfef95601890afd80709";
            case SHA256 -> "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
            case SUBJECT -> "It's your \\ invoice";
            default -> "value-of-" + type.code();
        });

        var read = StixPatterns.read(StixPatterns.pattern(observable)).orElseThrow();

        assertThat(read.type()).isEqualTo(type);
        assertThat(read.value()).isEqualTo(observable.value());
    }

    @Test
    void patternsAsStixWritesThem() {
        assertThat(StixPatterns.pattern(new Observable(ObservableType.SHA256, "ab")))
                .isEqualTo("[file:hashes.'SHA-256' = 'ab']");
        assertThat(StixPatterns.pattern(new Observable(ObservableType.SUBJECT, "It's")))
                .isEqualTo("[email-message:subject = 'It\\'s']");
        assertThat(StixPatterns.read("[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']")).isPresent();
        assertThat(StixPatterns.read("[domain-name:value = 'a.example'] OR [domain-name:value = 'b.example']")).isEmpty();
        assertThat(StixPatterns.read("[process:name = 'evil.exe']")).isEmpty();
        assertThat(StixPatterns.read("[domain-name:value = 'a.example'] WITHIN 10 SECONDS")).isEmpty();
    }

    @Test
    void identifiersAreVersion5AndStable() {
        // RFC 4122's DNS namespace and python.org, as every implementation of uuid5 gives it
        assertThat(StixIds.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
                .hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
        Observable evil = new Observable(ObservableType.DOMAIN, "evil.example");
        assertThat(StixIds.indicator("Example CSIRT", evil)).isEqualTo(StixIds.indicator("Example CSIRT", evil))
                .isNotEqualTo(StixIds.indicator("Other CSIRT", evil)).matches(StixIds.IDENTIFIER.pattern());
        assertThat(StixIds.isId(StixIds.identity("Example CSIRT"), "identity")).isTrue();
    }
}
