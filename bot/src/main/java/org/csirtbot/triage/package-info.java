/**
 * Triage: the triage channel, where reports are posted and a responder declares an incident from one, attaches it to
 * one, or dismisses it, and the reporter is told the outcome. All of it is Slack ({@code slack}); the domain is in
 * {@code report} and {@code incident}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "campaigns", "report", "intake", "partners", "incident", "time", "incident :: room", "incident :: access", "slack", "slack :: gateway"})
package org.csirtbot.triage;
