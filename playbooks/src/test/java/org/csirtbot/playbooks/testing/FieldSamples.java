package org.csirtbot.playbooks.testing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.csirtbot.playbooks.model.FieldDef;

/** A plausible value of each field type, so a walk can fill the fields a step requires. */
final class FieldSamples {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private FieldSamples() {
    }

    /** A value {@code field} accepts; date-times are {@code now} in Tokyo time, enums their first value. */
    static String of(FieldDef field, Instant now) {
        return switch (field.type()) {
            case STRING -> "walked";
            case TEXT -> "Walked through by a test.";
            case INT -> "1";
            case BOOL -> "true";
            case ENUM -> field.enumValues().get(0);
            case DATETIME -> OffsetDateTime.ofInstant(now, TOKYO).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case DURATION -> "PT1H";
            case IPV4 -> "192.0.2.10";
            case IPV6 -> "2001:db8::10";
            case CIDR -> "192.0.2.0/24";
            case DOMAIN -> "phish.example";
            case URL -> "https://phish.example/login";
            case EMAIL -> "someone@example.com";
            case MD5 -> "a".repeat(32);
            case SHA1 -> "b".repeat(40);
            case SHA256 -> "c".repeat(64);
            case USER -> "U-walker";
            case HOST -> "pc-0001";
            case FILE -> "sample.bin";
            case ATTACHMENT -> "reported.eml";
        };
    }
}
