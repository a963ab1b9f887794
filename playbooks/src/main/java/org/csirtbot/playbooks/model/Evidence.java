package org.csirtbot.playbooks.model;

import java.time.Duration;

/** Evidence a step asks to be attached (kind as in csirt-domain §3.9.2 EvidenceReq). */
public record Evidence(String kind, boolean required, boolean chainOfCustody, Duration retention, Tlp tlp, LText note) {
}
