package org.csirtbot.partners;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether we ask (or share with) the organisation, or it asks us. */
public enum RequestDirection {
    /** We ask or share: what goes out may not be above the organisation's highest TLP. */
    OUTGOING,
    /** They ask us. */
    INCOMING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RequestDirection> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }
}
