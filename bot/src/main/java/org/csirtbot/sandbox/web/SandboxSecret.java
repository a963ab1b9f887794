package org.csirtbot.sandbox.web;

/** The signing secret the bot checks requests with; in sandbox mode a random one, shared with the sandbox only. */
public interface SandboxSecret {

    String signingSecret();
}
