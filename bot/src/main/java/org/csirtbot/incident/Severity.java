package org.csirtbot.incident;

/** S1 (critical) to S4 (low), by functional impact, information impact and recoverability. */
public enum Severity {
    S1, S2, S3, S4
}
