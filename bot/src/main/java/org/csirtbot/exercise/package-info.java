/**
 * Tabletop exercises (issue 11): an incident declared from a scenario ({@code playbooks} module,
 * {@code org.csirtbot.playbooks.exercise}), marked as an exercise everywhere, its injects delivered on a compressed
 * clock, the answers to them, improvement items, and the after-action report. {@code slack}:
 * {@code /incident exercise}, the marks on the room's messages, injects and their Respond form, the report posted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "incident", "incident :: room", "incident :: access", "playbook", "closing", "time", "storage",
        "slack", "slack :: gateway"})
package org.csirtbot.exercise;
