/**
 * Acknowledgement latency (issue 16): /report, a triage click, a form and an event, the bot against a bare Bolt app.
 */
package org.csirtbot.bench.ack;
