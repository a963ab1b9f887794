/**
 * Reports: what employees tell the CSIRT, from submission to its outcome (open, attached to an incident, or dismissed).
 * {@code slack}: {@code /report} and its form.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"observables", "storage", "slack", "slack :: gateway"})
package org.csirtbot.report;
