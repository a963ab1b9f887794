package org.csirtbot.playbooks.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.csirtbot.playbooks.load.PlaybookReader;
import org.csirtbot.playbooks.load.ReadResult;
import org.csirtbot.playbooks.model.Playbook;

/** Reads the playbook fixtures under src/test/resources/fixtures. */
public final class Fixtures {

    private static final PlaybookReader READER = new PlaybookReader();

    private Fixtures() {
    }

    /** The text of fixtures/{@code path}, e.g. "valid/phishing-report.yaml". */
    public static String text(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReadResult read(String path) {
        return READER.read(path, text(path));
    }

    /** A valid fixture's playbook; fails loudly with its problems otherwise. */
    public static Playbook playbook(String name) {
        ReadResult result = read("valid/" + name + ".yaml");
        if (!result.accepted()) {
            throw new AssertionError("fixture refused: " + result.problems());
        }
        return result.playbook();
    }
}
