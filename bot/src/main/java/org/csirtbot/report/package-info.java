/**
 * Reports: what employees tell the CSIRT, from submission to its outcome (open, attached to an
 * incident, or dismissed as not an incident). Knows nothing of Slack.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "storage")
package org.csirtbot.report;
