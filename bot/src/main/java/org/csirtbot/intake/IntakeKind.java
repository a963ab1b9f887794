package org.csirtbot.intake;

import java.util.Arrays;
import java.util.Optional;

/** What an outside party sent: a notification about us (becomes a report) or an advisory for everyone. */
public enum IntakeKind {
    NOTIFICATION("notification", "NTF"),
    ADVISORY("advisory", "ADV");

    private final String code;
    private final String prefix;

    IntakeKind(String code, String prefix) {
        this.code = code;
        this.prefix = prefix;
    }

    public String code() {
        return code;
    }

    String prefix() {
        return prefix;
    }

    public static Optional<IntakeKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
