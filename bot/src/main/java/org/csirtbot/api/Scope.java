package org.csirtbot.api;

import java.util.Arrays;
import java.util.Optional;

/** What an API client may do, as written in its configuration ({@code csirtbot.api.clients[n].scopes}). */
enum Scope {
    /** Every GET, restricted incidents and report texts left out; the CACAO converter. */
    READ("read"),
    /** With {@link #READ}: restricted incidents (confidential, TLP AMBER+STRICT, RED) and reports' texts and reporters. */
    READ_RESTRICTED("read:restricted"),
    /** Sets legal hold, asks for or approves its release ({@code POST /api/incidents/{id}/legal-hold}). */
    LEGAL_HOLD("legal-hold"),
    /**
     * Edits the directory of outside organisations ({@code PUT /api/partners/{id}}); reading it is {@link #READ}'s.
     * An edit is the whole entry, stored, and wins over the starter list and the organisation's file.
     */
    PARTNERS("partners"),
    /**
     * Imports a partner's STIX bundle into the indicator registry ({@code POST /api/iocs.stix.json}); reading the
     * registry's bundles is {@link #READ}'s, as every GET.
     */
    INDICATORS("indicators"),
    /**
     * Posts what outside parties send to the web intake ({@code POST /api/intake}): the mail gateway, the web form or
     * the advisory feed; listing it is {@link #READ}'s (its texts {@link #READ_RESTRICTED}'s).
     */
    INTAKE("intake");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Every scope's code, as the configuration writes them: {@code read, read:restricted, …}. */
    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Scope::code).toList());
    }

    static Optional<Scope> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
