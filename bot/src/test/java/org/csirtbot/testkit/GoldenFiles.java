package org.csirtbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a text with a golden file on the test class path. On a difference the text is also written to
 * {@code target/golden-actual/}, so it can be reviewed and, if right, copied over the golden file.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    /** {@code resource} is a class-path path such as {@code reports/scripted-incident.md}. */
    public static void assertMatches(String actual, String resource) {
        String expected = read(resource);
        if (!expected.equals(actual)) {
            write(actual, Path.of("target", "golden-actual", resource));
        }
        assertThat(actual).as("golden file %s (actual text in target/golden-actual/)", resource).isEqualTo(expected);
    }

    private static String read(String resource) {
        try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String text, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
