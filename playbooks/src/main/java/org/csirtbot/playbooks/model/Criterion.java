package org.csirtbot.playbooks.model;

/** A condition for closing the incident: an expression, a step that must be done, or a text to confirm. */
public record Criterion(String id, LText text, String check, String stepDone) {
}
