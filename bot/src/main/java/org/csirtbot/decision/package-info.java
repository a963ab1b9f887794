/**
 * Decisions: recorded with their options and rationale, and those that need one approved or rejected by someone else.
 * {@code slack}: {@code /incident decide}, its forms, and the approval requests and their buttons.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "incident", "incident :: room", "incident :: access", "storage", "slack", "slack :: gateway"})
package org.csirtbot.decision;
