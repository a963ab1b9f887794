package org.csirtbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A newcomer reads a package in one sitting and a class on one screen: no package of the bot holds more than
 * {@value #CLASSES_PER_PACKAGE} classes, and no source file is longer than {@value #LINES_PER_CLASS} lines.
 */
class SourceSizeTests {

    static final int CLASSES_PER_PACKAGE = 25;
    static final int LINES_PER_CLASS = 200;
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noPackageHoldsMoreThan25Classes() throws IOException {
        Map<Path, Long> classesPerPackage = sources().collect(
                Collectors.groupingBy(p -> SOURCES.relativize(p.getParent()), Collectors.counting()));

        assertThat(classesPerPackage).as("packages").hasSizeGreaterThan(10);
        assertThat(classesPerPackage).as("packages with more than %d classes", CLASSES_PER_PACKAGE)
                .allSatisfy((folder, classes) -> assertThat(classes).isLessThanOrEqualTo(CLASSES_PER_PACKAGE));
    }

    @Test
    void noClassIsLongerThan200Lines() throws IOException {
        List<Path> files = sources().toList();
        Map<Path, Integer> tooLong = new TreeMap<>();
        for (Path file : files) {
            int lines = Files.readAllLines(file).size();
            if (lines > LINES_PER_CLASS) {
                tooLong.put(SOURCES.relativize(file), lines);
            }
        }

        assertThat(files).as("sources").hasSizeGreaterThan(100);
        assertThat(tooLong).as("classes longer than %d lines", LINES_PER_CLASS).isEmpty();
    }

    private static Stream<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .toList().stream();
        }
    }
}
