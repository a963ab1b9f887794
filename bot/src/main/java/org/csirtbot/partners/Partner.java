package org.csirtbot.partners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Tlp;

/**
 * An outside organisation in the directory: its ID (a slug such as {@code jpcert}), its name in English and Japanese,
 * its kind, how to reach it around the clock and in office hours, its PGP key's fingerprint (40 or 64 hex digits,
 * upper case, empty when none), the most restrictive TLP it may receive, what it can help with, a note for whoever
 * fills in or uses the entry, its public web page, and for a supplier its contractual incident duties. {@code origin} says where the entry as it stands comes from;
 * {@code editedBy} and {@code editedAt} name the API client that last saved it (null otherwise).
 */
public record Partner(String id, Bilingual name, PartnerKind kind, Contact contact24x7, Contact office,
                      String pgpFingerprint, Tlp tlpMax, List<String> helpsWith, Bilingual note, String website,
                      Duties duties, Origin origin, String editedBy, Instant editedAt) {

    /** Where an entry comes from: the built-in starter list, the organisation's file, or an API client's edit. */
    public enum Origin {
        STARTER, FILE, API;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Partner {
        name = name == null ? Bilingual.EMPTY : name;
        contact24x7 = contact24x7 == null ? Contact.EMPTY : contact24x7;
        office = office == null ? Contact.EMPTY : office;
        pgpFingerprint = pgpFingerprint == null ? "" : pgpFingerprint;
        helpsWith = helpsWith == null ? List.of() : List.copyOf(helpsWith);
        note = note == null ? Bilingual.EMPTY : note;
        website = website == null ? "" : website;
        duties = duties == null ? Duties.NONE : duties;
    }

    /** Its name in the locale's language (else the other's). */
    public String name(Locale locale) {
        return name.in(locale);
    }

    /**
     * Whether it may receive something marked {@code tlp}: TLP CLEAR, GREEN, AMBER, AMBER+STRICT and RED restrict ever
     * more, and nothing above its {@link #tlpMax()} may go to it.
     */
    public boolean mayReceive(Tlp tlp) {
        return tlp != null && tlpMax != null && tlp.ordinal() <= tlpMax.ordinal();
    }

    /** Whether any way to reach it (around the clock or in office hours) is filled in. */
    public boolean reachable() {
        return contact24x7.filled() || office.filled();
    }

    /** The fields the organisation still has to fill in: {@code contact24x7}, {@code office}, {@code pgpFingerprint}. */
    public List<String> unfilled() {
        List<String> missing = new ArrayList<>();
        if (!contact24x7.filled()) {
            missing.add("contact24x7");
        }
        if (!office.filled()) {
            missing.add("office");
        }
        if (pgpFingerprint.isEmpty()) {
            missing.add("pgpFingerprint");
        }
        return missing;
    }

    /** The fingerprint in groups of four hex digits, as people compare it; empty when none. */
    public String fingerprintGrouped() {
        return pgpFingerprint.replaceAll("(.{4})(?!$)", "$1 ");
    }

    Partner from(Origin where, String by, Instant at) {
        return new Partner(id, name, kind, contact24x7, office, pgpFingerprint, tlpMax, helpsWith, note, website,
                duties, where, by, at);
    }
}
