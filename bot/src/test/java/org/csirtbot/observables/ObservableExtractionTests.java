package org.csirtbot.observables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The extraction's edges; what it finds in ordinary text is in {@link GoldenSetTests}. */
class ObservableExtractionTests {

    private final ObservableExtraction extraction = new ObservableExtraction();

    @Test
    void nothingInNothing() {
        assertThat(extraction.from(null)).isEmpty();
        assertThat(extraction.from("")).isEmpty();
    }

    @Test
    void aHostileTextOfSlackMessageLengthIsReadQuicklyAndWithoutExhaustingTheStack() {
        String[] hostile = {"a.".repeat(20_000), "x:".repeat(20_000), "a@".repeat(20_000), "[.]".repeat(13_000),
            "https://a.example.com/" + ")".repeat(40_000), "1.".repeat(20_000), "a-".repeat(20_000) + ".com"};

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String text : hostile) {
                extraction.from(text);
            }
        });
    }

    @Test
    void findsEachThingOnceInTheOrderItFirstAppears() {
        String text = "d41d8cd98f00b204e9800998ecf8427e, then hxxps://evil[.]example[.]com/x, then 192.0.2.1, "
                + "then evil.example.com and https://evil.example.com/x again";

        assertThat(extraction.from(text)).extracting(Observable::key).containsExactly(
                "md5:d41d8cd98f00b204e9800998ecf8427e", "url:https://evil.example.com/x", "domain:evil.example.com",
                "ipv4:192.0.2.1");
    }
}
