package org.csirtbot.partners;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What kind of organisation a party is; its code is what files and the API write. */
public enum PartnerKind {
    NATIONAL_CSIRT, POLICE, REGULATOR, GOVERNMENT_AGENCY, VENDOR, ISP, INSURER, IR_RETAINER, PARTNER_CSIRT, OTHER,
    /** Suppliers with incident duties towards us (GV.SC): hosting, SaaS, a contractor (委託先), a managed security service. */
    HOSTING, SAAS, CONTRACTOR, MSSP;

    /** {@code national_csirt}, {@code police}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PartnerKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(PartnerKind::code).toList();
    }
}
