package org.csirtbot.slack.gateway;

/** Where a posted message is: its conversation's ID and its timestamp. */
public record PostedMessage(String channel, String ts) {
}
