package org.csirtbot.comms;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a communication is, and so which template it starts from ({@code resources/comms/<code>_<language>.md}); the
 * code is what {@code /incident comms draft} and a playbook's {@code notify.template} name.
 */
public enum CommsKind {
    /** A notice to the company's own staff. */
    EMPLOYEES("employees"),
    /** A notice to customers and business partners. */
    CUSTOMERS("customers"),
    /** A notice to the people whose personal data is concerned (本人通知, APPI Art. 26(2)). */
    INDIVIDUALS("individuals"),
    /** A public announcement on the company's website. */
    PUBLIC("public"),
    /** A holding statement for the media while the facts are established. */
    MEDIA("media"),
    /**
     * The press Q&amp;A (想定問答): the questions the media will ask and the approved answers, for the spokesperson; its
     * starter variants are those of the playbooks with public notices.
     */
    PRESS_QA("press-qa", "ransomware", "personal-data-breach", "website-defacement", "ddos");

    private final String code;
    private final List<String> variants;

    CommsKind(String code, String... variants) {
        this.code = code;
        this.variants = List.of(variants);
    }

    public String code() {
        return code;
    }

    /** The starter templates besides the kind's own, each named after a playbook ({@code <code>-<variant>_<language>.md}). */
    public List<String> variants() {
        return variants;
    }

    /** Whether it stays inside the company, so the incident's own title may be in it (unless restricted). */
    public boolean internal() {
        return this == EMPLOYEES;
    }

    public static Optional<CommsKind> ofCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.code.equals(wanted)).findFirst();
    }
}
