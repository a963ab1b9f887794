package org.csirtbot.sandbox.web;

/**
 * Trigger IDs as Slack issues them with each command and click. The workspace model issues them, so that it can
 * refuse a form opened with one that expired or was already exchanged.
 */
public interface TriggerIds {

    /** A fresh trigger ID for a request the person's action is about to send. */
    String issue(String userId);
}
