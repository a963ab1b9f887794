package org.csirtbot.slack.gateway;

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
}
