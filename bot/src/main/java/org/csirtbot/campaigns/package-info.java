/**
 * Campaigns: reports of one phishing wave grouped by the observables (or subject) they share, so that a thousand
 * reports are one thing to triage; reports matching an open incident join it; the organisation's own phishing drills
 * are recognised and counted. The triage channel's message per campaign is in {@code triage.slack}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "observables", "report", "incident", "storage", "storage :: campaigns"})
package org.csirtbot.campaigns;
