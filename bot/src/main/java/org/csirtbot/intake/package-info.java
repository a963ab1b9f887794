/**
 * The web intake (issue 15): what outside parties send the CSIRT, posted by the organisation's mail gateway, web form or
 * advisory feed to {@code POST /api/intake}. A notification becomes a report into triage, with its notifier checked
 * against the directory of outside organisations (the notifier registry); an advisory is asked about in the triage
 * channel ("are we exposed?") and its answer kept. The bot reads no mailbox itself. The Slack side of advisories is
 * triage's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "partners", "incident", "storage", "storage :: intake"})
package org.csirtbot.intake;
