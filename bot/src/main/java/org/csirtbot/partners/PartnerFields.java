package org.csirtbot.partners;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.csirtbot.incident.Tlp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A directory entry as files and the API write it (one shape for both, so an API answer can be pasted into the file):
 * read with every problem named, so a file or a request is refused with what to fix, and written back.
 */
public final class PartnerFields {

    /** 2 to 63 lower-case letters, digits and dashes, starting with a letter or digit: {@code jpcert}, {@code ipa-jcrat}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 2000;
    private static final List<String> FIELDS = List.of("id", "name", "kind", "contact24x7", "office", "pgpFingerprint",
            "tlpMax", "helpsWith", "note", "website", "duties");
    /** What the API adds to an entry it shows; taken back in, they are ignored. */
    private static final Set<String> SHOWN_ONLY = Set.of("origin", "unfilled", "editedBy", "editedAt");
    private static final Pattern HEX = Pattern.compile("[0-9A-F]{40}|[0-9A-F]{64}");

    private PartnerFields() {
    }

    /** What was read: the entry when nothing is wrong, else every problem found (and a null entry). */
    public record Read(Partner partner, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads an entry; {@code origin} says where it comes from. */
    public static Read read(JsonNode entry, Partner.Origin origin) {
        if (entry == null || !entry.isObject()) {
            return new Read(null, List.of("an entry must be a mapping of its fields: " + String.join(", ", FIELDS)));
        }
        EntryReading reading = new EntryReading();
        for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name) && !SHOWN_ONLY.contains(name)) {
                reading.problem("unknown field '" + name + "': the fields are " + String.join(", ", FIELDS));
            }
        }
        String id = reading.text(entry, "id", 63);
        if (!ID.matcher(id).matches()) {
            reading.problem("id must be 2 to 63 lower-case letters, digits and dashes, such as jpcert or ipa-jcrat");
        }
        Bilingual name = reading.bilingual(entry, "name", NAME_MAX, false);
        if (name.blank()) {
            reading.problem("name needs an English (en) or a Japanese (ja) name");
        }
        Optional<PartnerKind> kind = PartnerKind.ofCode(reading.text(entry, "kind", 40));
        if (kind.isEmpty()) {
            reading.problem("kind must be one of " + String.join(", ", PartnerKind.codes()));
        }
        Optional<Tlp> tlpMax = tlp(reading.text(entry, "tlpMax", 20));
        if (tlpMax.isEmpty()) {
            reading.problem("tlpMax (the most restrictive TLP they may receive) must be one of CLEAR, GREEN, AMBER, "
                    + "AMBER+STRICT, RED");
        }
        Contact around = reading.contact(entry, "contact24x7");
        Contact office = reading.contact(entry, "office");
        String fingerprint = reading.text(entry, "pgpFingerprint", 100).replace(" ", "").toUpperCase(Locale.ROOT);
        if (!fingerprint.isEmpty() && !HEX.matcher(fingerprint).matches()) {
            reading.problem("pgpFingerprint must be 40 (or 64) hex digits, spaces allowed between them");
        }
        List<String> helps = reading.list(entry, "helpsWith");
        Bilingual note = reading.bilingual(entry, "note", NOTE_MAX, true);
        String website = reading.url(entry, "website", "");
        Duties duties = reading.duties(entry);
        if (!reading.problems().isEmpty()) {
            return new Read(null, reading.problems());
        }
        return new Read(new Partner(id, name, kind.get(), around, office, fingerprint, tlpMax.get(), helps, note,
                website, duties, origin, null, null), List.of());
    }

    /** The entry as the API shows it: its fields, then {@code origin}, {@code unfilled}, {@code editedBy}, {@code editedAt}. */
    public static Map<String, Object> write(Partner partner) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", partner.id());
        shown.put("name", partner.name());
        shown.put("kind", partner.kind().code());
        shown.put("contact24x7", partner.contact24x7());
        shown.put("office", partner.office());
        shown.put("pgpFingerprint", partner.pgpFingerprint());
        shown.put("tlpMax", partner.tlpMax().label());
        shown.put("helpsWith", partner.helpsWith());
        shown.put("note", partner.note());
        shown.put("website", partner.website());
        shown.put("duties", partner.duties());
        shown.put("origin", partner.origin().code());
        shown.put("unfilled", partner.unfilled());
        shown.put("editedBy", partner.editedBy());
        shown.put("editedAt", partner.editedAt());
        return shown;
    }

    /** {@code AMBER}, {@code amber}, {@code TLP:AMBER}, {@code AMBER+STRICT}, {@code amber-strict}, {@code AMBER_STRICT}. */
    public static Optional<Tlp> tlp(String typed) {
        String label = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceFirst("^TLP:", "")
                .replace('-', '+').replace('_', '+');
        return Tlp.fromLabel(label);
    }
}
