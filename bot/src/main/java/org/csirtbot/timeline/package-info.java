/**
 * The timeline: room messages captured into the log by reaction, their later edits and deletions, and notes.
 * {@code slack}: the reaction and message events, and {@code /incident note}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: room", "incident :: access", "storage", "slack", "slack :: gateway",
        "slack :: events"})
package org.csirtbot.timeline;
