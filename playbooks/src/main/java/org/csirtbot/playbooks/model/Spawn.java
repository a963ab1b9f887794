package org.csirtbot.playbooks.model;

/** Another playbook started on the same incident when the step completes (and {@code when} holds). */
public record Spawn(String playbook, String when, String mode) {
}
