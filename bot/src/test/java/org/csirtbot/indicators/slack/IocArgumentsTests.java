package org.csirtbot.indicators.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.Pap;
import org.csirtbot.observables.ObservableType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What follows {@code /incident ioc add}, as Slack sends it. */
class IocArgumentsTests {

    @Test
    void typeValueAndOptionalMarkings() {
        IocArguments read = IocArguments.read("domain Evil.Example amber+strict red");

        assertThat(read.ok()).isTrue();
        assertThat(read.observable().type()).isEqualTo(ObservableType.DOMAIN);
        assertThat(read.observable().value()).isEqualTo("evil.example");
        assertThat(read.tlp()).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(read.pap()).isEqualTo(Pap.RED);
        assertThat(IocArguments.read("ipv4 192.0.2.7").tlp()).isNull();
        assertThat(IocArguments.read("ipv4 192.0.2.7 PAP:red").pap()).isEqualTo(Pap.RED);
        assertThat(IocArguments.read("ipv4 192.0.2.7 PAP:red").tlp()).isNull();
    }

    @Test
    void slackMarkupAndDefangingAreUndone() {
        assertThat(IocArguments.read("url <https://evil.example/a?b=1&amp;c=2|evil.example/a>").observable().value())
                .isEqualTo("https://evil.example/a?b=1&c=2");
        assertThat(IocArguments.read("url hxxps://evil[.]example/login").observable().value())
                .isEqualTo("https://evil.example/login");
        assertThat(IocArguments.read("email <mailto:a@evil.example|a@evil.example>").observable().value())
                .isEqualTo("a@evil.example");
    }

    @Test
    void aSubjectKeepsItsSpacesAndTakesOnlyWrittenOutMarkings() {
        IocArguments read = IocArguments.read("subject Your invoice is red TLP:green PAP:red");

        assertThat(read.observable().value()).isEqualTo("Your invoice is red");
        assertThat(read.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(read.pap()).isEqualTo(Pap.RED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | ioc.usage
            domain                              | ioc.usage
            hostname evil.example               | ioc.unknown-type
            domain evil.example purple          | ioc.unknown-tlp
            domain evil.example amber purple    | ioc.unknown-pap
            domain evil.example amber red green | ioc.too-many
            domain evil.example tlp:red tlp:red | ioc.too-many
            md5 d41d8cd98f00b204e9800998ecf842  | ioc.invalid.hash_length
            ipv4 999.0.2.7                      | ioc.invalid.ipv4
            """)
    void badInputSaysWhatIsWrong(String text, String key) {
        IocArguments read = IocArguments.read(text);

        assertThat(read.ok()).isFalse();
        assertThat(read.problemKey()).isEqualTo(key);
    }
}
