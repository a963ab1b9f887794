package org.csirtbot.playbooks.cacao;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * CACAO identifiers {@code <type>--<uuid>}. Ours are UUIDv5 (RFC 9562, SHA-1) of a name such as
 * {@code phishing-report/p1.verdict#decision} in the csirtbot namespace, so the same playbook always exports
 * the same ids (a random UUIDv4 would change the export every time).
 */
final class CacaoIds {

    /** The csirtbot name space for UUIDv5 (a random UUID, fixed once). */
    static final UUID NAMESPACE = UUID.fromString("08976699-30cf-4df3-a118-05b60dc009a8");

    private CacaoIds() {
    }

    /** {@code type--uuidv5(name)}. */
    static String of(String type, String name) {
        return type + "--" + uuid5(NAMESPACE, name);
    }

    static UUID uuid5(UUID namespace, String name) {
        byte[] hash = sha1(ByteBuffer.allocate(16 + name.length() * 4)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .put(name.getBytes(StandardCharsets.UTF_8)));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    private static byte[] sha1(ByteBuffer input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(input.array(), 0, input.position());
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
