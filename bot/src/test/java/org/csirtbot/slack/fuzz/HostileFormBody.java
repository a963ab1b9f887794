package org.csirtbot.slack.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Form-encodes as Slack does, except that an unpaired surrogate goes as its (invalid) 3-byte UTF-8 form. */
final class HostileFormBody {

    private HostileFormBody() {
    }

    static String of(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            if (HostileText.unpaired(value, i)) {
                char c = value.charAt(i);
                b.append(URLEncoder.encode(value.substring(from, i), StandardCharsets.UTF_8)).append(String.format(
                        "%%%02X%%%02X%%%02X", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F)));
                from = i + 1;
            }
        }
        return b.append(URLEncoder.encode(value.substring(from), StandardCharsets.UTF_8)).toString();
    }
}
