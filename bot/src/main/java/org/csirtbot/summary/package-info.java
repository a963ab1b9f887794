/**
 * What people outside an incident's room are shown of it: the display policy by TLP and confidentiality, the picture
 * of an incident that summaries show (latest update, decisions, running clocks, next update, outcome). {@code slack}:
 * the executive channel's pinned summaries and daily digest, {@code /incident summary} and {@code /incident list}, and
 * the reporters thanked at close.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "closing", "incident", "incident :: room", "incident :: access", "updates", "playbook", "time",
        "storage", "slack", "slack :: gateway"})
package org.csirtbot.summary;
