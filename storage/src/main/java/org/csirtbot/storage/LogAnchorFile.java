package org.csirtbot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An append-only file of {@link LogAnchor}s, one JSON line each, every incident's in one file. Kept apart from the
 * database (another disk, a write-once mount, a file shipped to a log collector), it lets anyone who reads it tell a
 * log that was cut short or re-hashed from one that was not. The bot only ever appends to it.
 */
public final class LogAnchorFile {

    private final Path file;

    public LogAnchorFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Appends the anchor as one line; lines are written whole, one writer at a time. */
    public synchronized void append(LogAnchor anchor) {
        try {
            Files.writeString(file, anchor.toJson() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to the log anchor file " + file, e);
        }
    }

    /**
     * The anchors of one incident in the order written; none when the file does not exist. A line that is not an
     * anchor (the torn end of a write cut by a crash) is passed over.
     */
    public List<LogAnchor> of(String incidentId) {
        return read(file, incidentId);
    }

    /** The anchors of one incident in an anchor file, as {@link #of}. */
    public static List<LogAnchor> read(Path file, String incidentId) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<LogAnchor> anchors = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.filter(line -> line.contains(incidentId)).forEach(line -> {
                try {
                    LogAnchor anchor = LogAnchor.parse(line);
                    if (anchor.incidentId().equals(incidentId)) {
                        anchors.add(anchor);
                    }
                } catch (IllegalArgumentException notAnAnchor) {
                    // a torn line: the anchors before and after it still count
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the log anchor file " + file, e);
        }
        return anchors;
    }
}
