package org.csirtbot.playbooks.model;

/** Incident severity, S1 critical to S4 low (csirt-domain §5.8). */
public enum Severity {
    S1, S2, S3, S4
}
