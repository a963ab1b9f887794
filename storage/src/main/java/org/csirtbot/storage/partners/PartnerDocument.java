package org.csirtbot.storage.partners;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outside organisation as an API client last saved it: the whole entry, which wins over the built-in starter list
 * and the organisation's file, with a supplier's contractual incident duties ({@code duties}, null for none).
 * {@code editedBy} is the client ({@code api:<name>}).
 */
@Document("partners")
public record PartnerDocument(@Id String id, Names name, String kind, Contact contact24x7, Contact office,
                              String pgpFingerprint, String tlpMax, List<String> helpsWith, Names note, String website,
                              Duties duties, String editedBy, Instant editedAt) {

    /** A text in English and Japanese; either may be empty. */
    public record Names(String en, String ja) {
    }

    /** How to reach the organisation: phone, e-mail, web form URL; each may be empty. */
    public record Contact(String phone, String email, String webForm) {
    }

    /** A supplier's incident duties: notify within so many hours (null: not agreed), what it must provide, the contract. */
    public record Duties(Integer notifyWithinHours, List<String> provides, String contractRef) {
    }
}
