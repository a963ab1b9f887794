package org.csirtbot.report;

import java.util.Arrays;
import java.util.Optional;

/** What kind of thing an employee reports; the code is stored and shown to the API. */
public enum ReportCategory {
    PHISHING_MAIL("phishing_mail"),
    SUSPICIOUS_LINK("suspicious_link"),
    MALWARE("malware"),
    LOST_DEVICE("lost_device"),
    INFORMATION_LEAK("information_leak"),
    ACCOUNT_MISUSE("account_misuse"),
    DOS("dos"),
    OTHER("other");

    private final String code;

    ReportCategory(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReportCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
