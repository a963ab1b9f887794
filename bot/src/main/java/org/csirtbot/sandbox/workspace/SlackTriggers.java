package org.csirtbot.sandbox.workspace;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trigger IDs as Slack issues them: one comes with each command or click Slack sends to the app, and may be
 * exchanged for a form (views.open, views.push) once, within three seconds of Slack sending it. Whoever
 * sends Slack's requests to the app (the test kit, the sandbox) tells when it sent one; a trigger they
 * never sent (a unit test calling the Web API itself) is not checked. JVM-wide, as trigger IDs are unique.
 */
public final class SlackTriggers {

    /** How long a trigger may be exchanged after Slack sent it. */
    public static final Duration LIFETIME = Duration.ofSeconds(3);

    /** Shaped as Slack's (and the test kit's payloads'): short made-up IDs in unit tests are not learned. */
    private static final Pattern TRIGGER = Pattern.compile(
            "trigger_id\"?\\s*[:=]\\s*\"?(\\d{6,}\\.\\d{6,}\\.[0-9a-fA-F]{8,})");
    private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

    private SlackTriggers() {
    }

    /** Records the triggers in a request or envelope being sent to the app now (form-encoded or JSON). */
    public static void sentIn(String body) {
        Instant now = Instant.now();
        String text;
        try {
            text = URLDecoder.decode(body, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notFormEncoded) {
            text = body;
        }
        Matcher m = TRIGGER.matcher(text);
        while (m.find()) {
            ISSUED.putIfAbsent(m.group(1), new Issued(now));
        }
    }

    /** When the trigger was sent to the app, or null when no test sender sent it. */
    public static Instant sentAt(String triggerId) {
        Issued issued = triggerId == null ? null : ISSUED.get(triggerId);
        return issued == null ? null : issued.at();
    }

    /**
     * Exchanges the trigger at {@code now}: null when Slack lets it open a form, else Slack's error
     * ({@code expired_trigger_id}, {@code exchanged_trigger_id}).
     */
    static String exchange(String triggerId, Instant now) {
        Issued issued = triggerId == null ? null : ISSUED.get(triggerId);
        if (issued == null) {
            return null;
        }
        if (now.isAfter(issued.at().plus(LIFETIME))) {
            return "expired_trigger_id";
        }
        boolean first = !issued.exchanged() && ISSUED.replace(triggerId, issued, new Issued(issued.at(), true));
        return first ? null : "exchanged_trigger_id";
    }

    private record Issued(Instant at, boolean exchanged) {
        Issued(Instant at) {
            this(at, false);
        }
    }
}
