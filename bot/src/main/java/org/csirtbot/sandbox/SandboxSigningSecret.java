package org.csirtbot.sandbox;

/**
 * The signing secret made at start for the sandbox, with which the sandbox signs the requests it sends to
 * {@code /slack/events} as Slack would.
 */
public record SandboxSigningSecret(String value) {

    @Override
    public String toString() {
        return "SandboxSigningSecret[…]";
    }
}
