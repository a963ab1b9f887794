package org.csirtbot.slack.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names one intended effect in Slack (create this incident's channel, pin this summary), so that
 * performing it again can be recognised as the same effect.
 */
public record SideEffectKey(String value) {

    public SideEffectKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a side effect needs a key");
        }
    }

    public static SideEffectKey of(String... parts) {
        return new SideEffectKey(String.join(":", parts));
    }

    /** A short fingerprint of what an effect shows (16 hex digits of its SHA-256), to key it by its content. */
    public static String fingerprint(String shown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shown.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
