package org.csirtbot.playbooks.testing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.csirtbot.playbooks.model.FieldDef;

/** A plausible value of a field's type, as a responder would type it; date-times are the time it is typed. */
public final class SampleValues {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private SampleValues() {
    }

    public static String of(FieldDef field, Instant now) {
        return switch (field.type()) {
            case ENUM -> field.enumValues().get(0);
            case INT -> Integer.toString(Math.min(Math.max(3, field.min() == null ? 3 : field.min()),
                    field.max() == null ? 3 : field.max()));
            case BOOL -> "true";
            case DATETIME -> OffsetDateTime.ofInstant(now, TOKYO).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case DURATION -> "PT2H";
            case IPV4 -> "192.0.2.10";
            case IPV6 -> "2001:db8::10";
            case CIDR -> "192.0.2.0/24";
            case DOMAIN -> "evil.example";
            case URL -> "https://www.example.com/";
            case EMAIL -> "someone@example.com";
            case MD5 -> "d41d8cd98f00b204e9800998ecf8427e";
            case SHA1 -> "da39a3ee5e6b4b0d3255bfef95601890afd80709";
            case SHA256 -> "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
            case USER -> "U0123ABCD";
            case HOST -> "pc-0042";
            case FILE, ATTACHMENT -> "F0123ABCD";
            case STRING, TEXT -> "walk: " + field.key().replace("_", " ").strip();
        };
    }
}
