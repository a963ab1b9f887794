package org.csirtbot.partners;

import java.time.LocalDate;

import org.csirtbot.incident.Tlp;

/**
 * A request as its form gives it, before it is logged: which way it goes, to or from which organisation (its directory
 * ID), about what, our reference and theirs (empty when none), its TLP, the date a reply is due (null: none), where it
 * stands, and the decision that authorised it ({@code DEC-n}, null: none).
 */
public record NewOutsideRequest(RequestDirection direction, String partnerId, String subject, String ourRef,
                                String theirRef, Tlp tlp, LocalDate dueOn, RequestStatus status, String decisionId) {

    /** The longest subject, in characters. */
    public static final int SUBJECT_MAX = 300;
    /** The longest reference, in characters. */
    public static final int REF_MAX = 100;

    public NewOutsideRequest {
        subject = subject == null ? "" : subject;
        ourRef = ourRef == null ? "" : ourRef;
        theirRef = theirRef == null ? "" : theirRef;
    }
}
