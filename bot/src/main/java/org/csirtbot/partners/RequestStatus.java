package org.csirtbot.partners;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a request to or from an outside organisation stands. */
public enum RequestStatus {
    SENT, ACKNOWLEDGED, WAITING, ANSWERED, CLOSED;

    /** {@code sent}, {@code acknowledged}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a reply is still awaited, so that one falling due is reminded of: not once answered or closed. */
    public boolean awaitsReply() {
        return this != ANSWERED && this != CLOSED;
    }

    public static Optional<RequestStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }

    static List<String> awaitingReply() {
        return Arrays.stream(values()).filter(RequestStatus::awaitsReply).map(RequestStatus::code).toList();
    }
}
