package org.csirtbot.slack.gateway;

/** Slack answered a Web API call with {@code ok:false}: a decision, not a transient fault, so never retried. */
public class SlackCallRejected extends RuntimeException {

    private final String method;
    private final String error;

    SlackCallRejected(String method, String error, String detail) {
        super(method + " was refused by Slack: " + error + (detail == null ? "" : " (" + detail + ")"));
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    /** Slack's error code, such as {@code name_taken} or {@code already_in_channel}. */
    public String error() {
        return error;
    }
}
