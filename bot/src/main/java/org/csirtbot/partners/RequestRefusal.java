package org.csirtbot.partners;

/** Why a request was not logged or not changed; nothing is stored then. */
public enum RequestRefusal {
    /** The organisation is not in the directory (any more). */
    UNKNOWN_PARTNER,
    /** We would share something above the highest TLP the organisation may receive. */
    ABOVE_PARTNER_TLP,
    /** The decision named is not one of the incident's, or did not authorise anything (pending or rejected). */
    UNUSABLE_DECISION,
    /** The incident has no request of that ID. */
    NO_SUCH_REQUEST,
    /** The request is in that status already. */
    SAME_STATUS
}
