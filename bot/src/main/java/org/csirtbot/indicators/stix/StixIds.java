package org.csirtbot.indicators.stix;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import org.csirtbot.observables.Observable;

/**
 * Identifiers and times as STIX 2.1 writes them. The organisation's identity and its indicators have name-based
 * (version 5) UUIDs: the identity's from the organisation's name, each indicator's from its type and value within the
 * identity's, so exporting again gives the same IDs and two organisations never give the same one.
 */
final class StixIds {

    /** csirtbot's own namespace for name-based identifiers. */
    private static final UUID NAMESPACE = UUID.fromString("4b7e3c1a-9d2f-4e8a-b6c5-0f1d2e3a4b5c");
    /** The time the organisation's identity object says it was created: fixed, so exports compare equal. */
    static final String IDENTITY_CREATED = "2026-01-01T00:00:00.000Z";
    static final Pattern IDENTIFIER = Pattern.compile("([a-z][a-z0-9-]+[a-z0-9])--"
            + "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private StixIds() {
    }

    static String identity(String organisation) {
        return "identity--" + organisationSpace(organisation);
    }

    static String indicator(String organisation, Observable observable) {
        return "indicator--" + v5(organisationSpace(organisation), observable.key());
    }

    static String bundle() {
        return "bundle--" + UUID.randomUUID();
    }

    /** A STIX timestamp: UTC, to the millisecond. */
    static String time(Instant at) {
        return MILLIS.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Whether {@code id} is an identifier of an object of {@code type}. */
    static boolean isId(String id, String type) {
        var m = IDENTIFIER.matcher(id == null ? "" : id);
        return m.matches() && m.group(1).equals(type);
    }

    private static UUID organisationSpace(String organisation) {
        return v5(NAMESPACE, "identity:" + organisation);
    }

    /** RFC 4122 name-based UUID, SHA-1 (version 5). */
    static UUID v5(UUID namespace, String name) {
        byte[] hash;
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
