package org.csirtbot.playbooks.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.csirtbot.playbooks.model.Playbook;

/**
 * One playbook file as last read: its content hash (to notice changes), what the reader said, and the last
 * version that was accepted, which stays active while a newer text is refused.
 */
record LibrarySource(String name, String hash, ReadResult result, Playbook lastGood) {

    /** The playbook this file contributes: the accepted one, else the last good one, else none. */
    Playbook active() {
        return result.accepted() ? result.playbook() : lastGood;
    }

    List<Problem> problems() {
        return result.problems();
    }

    static LibrarySource read(String name, String text, LibrarySource previous, PlaybookReader reader) {
        String hash = sha256(text);
        if (previous != null && previous.hash.equals(hash)) {
            return previous;
        }
        ReadResult result = reader.read(name, text);
        Playbook lastGood = result.accepted() ? result.playbook() : previous == null ? null : previous.active();
        return new LibrarySource(name, hash, result, lastGood);
    }

    static LibrarySource unreadable(String name, String reason, LibrarySource previous) {
        ReadResult result = ReadResult.refused(List.of(new Problem(name, 1, 1, "cannot read the file (" + reason
                + "): check that it exists and is readable")));
        return new LibrarySource(name, "unreadable", result, previous == null ? null : previous.active());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
