package org.csirtbot.sandbox.web;

/** A user or a conversation as Slack names it in requests: {@code {"id": "U…", "name": "alice"}}. */
public record Named(String id, String name) {
}
