package org.csirtbot.intake;

import java.time.Instant;

/** A checked intake item as posted: each optional field null when not given; {@code tlp} as {@code TLP:AMBER}. */
record Submission(IntakeKind kind, String from, String fromContact, String subject, String body, Instant receivedAt,
                  String reference, String url, String tlp) {
}
