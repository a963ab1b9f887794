package org.csirtbot.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.indicators.IndicatorValues.Problem;
import org.csirtbot.observables.ObservableType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as typed, checked and written one way; what is wrong said by a problem, never stored. */
class IndicatorValuesTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            domain | Evil.Example.           | evil.example
            domain | ｅｘａｍｐｌｅ.jp        | example.jp
            domain | bücher.example          | xn--bcher-kva.example
            url    | HTTPS://Evil.Example:443/Login?a=B | https://evil.example/Login?a=B
            url    | https://Evil.COM:443    | https://evil.com/
            url    | https://evil.example?q=1 | https://evil.example/?q=1
            url    | http://evil.example:8080/x | http://evil.example:8080/x
            url    | http://[2001:DB8::7]/x  | http://[2001:db8::7]/x
            email  | Attacker@Evil.EXAMPLE   | Attacker@evil.example
            email  | mailto:a@b.example      | a@b.example
            ipv4   | 192.0.2.007             | 192.0.2.7
            ipv4   | 192.0.2.0/24            | 192.0.2.0/24
            ipv6   | 2001:DB8:0:0:0:0:0:7    | 2001:db8::7
            ipv6   | 2001:db8::/32           | 2001:db8::/32
            ipv6   | ::ffff:192.0.2.1        | ::ffff:192.0.2.1
            ipv6   | ::FFFF:C000:0201        | ::ffff:192.0.2.1
            md5    | D41D8CD98F00B204E9800998ECF8427E | d41d8cd98f00b204e9800998ecf8427e
            sha1   | da39a3ee5e6b4b0d3255bfef95601890afd80709 | da39a3ee5e6b4b0d3255bfef95601890afd80709
            message-id | <abc.123@mail.evil.example> | abc.123@mail.evil.example
            subject | '  Invoice 123 overdue ' | Invoice 123 overdue
            """)
    void valuesAreWrittenOneWay(String type, String typed, String normal) {
        var read = IndicatorValues.read(ObservableType.fromCode(type).orElseThrow(), typed);

        assertThat(read.ok()).isTrue();
        assertThat(read.observable().value()).isEqualTo(normal);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            md5    | d41d8cd98f00b204e9800998ecf8427 | HASH_LENGTH
            sha256 | d41d8cd98f00b204e9800998ecf8427e | HASH_LENGTH
            sha1   | zz39a3ee5e6b4b0d3255bfef95601890afd80709 | NOT_HEX
            domain | not a domain             | DOMAIN
            domain | localhost                | DOMAIN
            url    | evil.example/login       | URL
            url    | http://evil example/      | URL
            email  | nobody                   | EMAIL
            ipv4   | 192.0.2.256              | IPV4
            ipv4   | 192.0.2.0/33             | IPV4
            ipv6   | 2001:db8:::7             | IPV6
            ipv6   | .::1                     | IPV6
            ipv6   | 2001:db8::/129           | IPV6
            message-id | no-at-sign           | MESSAGE_ID
            domain | '   '                    | EMPTY
            """)
    void whatIsWrongIsSaid(String type, String typed, Problem problem) {
        ObservableType observableType = ObservableType.fromCode(type).orElseThrow();
        var read = IndicatorValues.read(observableType, typed);

        assertThat(read.ok()).isFalse();
        assertThat(read.problem()).isEqualTo(problem);
        assertThat(IndicatorValues.describe(observableType, problem)).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"md5,32", "sha1,40", "sha256,64"})
    void aHashOfTheWrongLengthSaysHowLongItShouldBe(String type, int length) {
        ObservableType hash = ObservableType.fromCode(type).orElseThrow();
        assertThat(IndicatorValues.describe(hash, Problem.HASH_LENGTH)).contains(type, String.valueOf(length));
        assertThat(IndicatorValues.read(hash, "a".repeat(IndicatorValues.VALUE_MAX + 1)).problem())
                .isEqualTo(Problem.TOO_LONG);
    }
}
