/**
 * Reports: what employees tell the CSIRT, from submission to its outcome (open, attached to an incident, or dismissed).
 * {@code slack}: {@code /report}, the shortcuts "Report to CSIRT" and the report reaction, and the report form.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "observables", "storage", "time", "slack", "slack :: gateway", "slack :: events"})
package org.csirtbot.report;
