package org.csirtbot.observables;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of thing an observable is; {@link #code()} is how it is written in commands, the store and the API. */
public enum ObservableType {
    URL("url"),
    DOMAIN("domain"),
    EMAIL("email"),
    IPV4("ipv4"),
    IPV6("ipv6"),
    MD5("md5"),
    SHA1("sha1"),
    SHA256("sha256"),
    /** A mail's Subject header, as read from pasted headers. */
    SUBJECT("subject"),
    /** A mail's Message-ID header, without the angle brackets. */
    MESSAGE_ID("message-id");

    private final String code;

    ObservableType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ObservableType> fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
    }
}
