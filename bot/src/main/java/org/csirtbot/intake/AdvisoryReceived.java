package org.csirtbot.intake;

/** A new advisory is stored: whoever triages asks in the triage channel whether we are exposed. */
public record AdvisoryReceived(IntakeItem advisory) {
}
