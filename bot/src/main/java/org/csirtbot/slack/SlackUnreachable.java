package org.csirtbot.slack;

/** A Web API call did not get an answer from Slack (network fault, timeout, HTTP 429 or 5xx). */
public class SlackUnreachable extends RuntimeException {

    SlackUnreachable(String method, String reason, Throwable cause) {
        super(method + " did not reach Slack: " + reason, cause);
    }
}
