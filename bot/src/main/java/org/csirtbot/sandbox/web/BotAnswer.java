package org.csirtbot.sandbox.web;

/**
 * What the bot answered Slack's request, handed to the browser client: the status and the ack body (an ephemeral
 * text, or a view submission's {@code response_action} such as {@code errors}).
 *
 * @param sent false when nothing was sent to the bot (Slack's client would not have let the person do it)
 */
record BotAnswer(boolean sent, int status, String body) {

    static BotAnswer notSent(String why) {
        return new BotAnswer(false, 0, why);
    }
}
