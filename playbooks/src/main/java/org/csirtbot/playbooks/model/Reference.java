package org.csirtbot.playbooks.model;

/** Where a step or playbook comes from, e.g. "NIST SP 800-61r2 §3.2.5". */
public record Reference(String name, String source, String url, String externalId) {
}
