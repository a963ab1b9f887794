package org.csirtbot.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmarks' work folders: logs kept across runs, data folders emptied before each. */
public final class Folders {

    private Folders() {
    }

    /** {@code folder}, created with its parents when missing. */
    public static Path created(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code folder}, empty: whatever was in it deleted, the folder created again. */
    public static Path emptied(Path folder) {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return created(folder);
    }
}
