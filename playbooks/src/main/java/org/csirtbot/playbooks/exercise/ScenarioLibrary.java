package org.csirtbot.playbooks.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The exercise scenarios: those listed in {@code <folder>/index.txt} on the classpath (as the playbook library reads
 * its built-ins), then the {@code *.yaml} / {@code *.yml} files of a directory, which replace a listed one by id.
 * A refused file is left out, with its problems in {@link #problems()}.
 */
public final class ScenarioLibrary {

    /** The classpath folder of the shipped scenarios. */
    public static final String BUILT_IN_FOLDER = "exercises";

    private final Map<String, Scenario> byId;
    private final List<String> problems;

    public ScenarioLibrary(String builtInFolder, Path directory) {
        ScenarioReader reader = new ScenarioReader();
        Map<String, Scenario> found = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>(classpathTexts(builtInFolder));
        texts.putAll(directoryTexts(directory));
        texts.forEach((file, text) -> {
            ScenarioReader.Result read = reader.read(file, text);
            if (read.accepted()) {
                found.put(read.scenario().id(), read.scenario());
            } else {
                refused.addAll(read.problems());
            }
        });
        this.byId = Map.copyOf(found);
        this.problems = List.copyOf(refused);
    }

    public static ScenarioLibrary builtIn(Path directory) {
        return new ScenarioLibrary(BUILT_IN_FOLDER, directory);
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The scenarios, by id. */
    public List<Scenario> all() {
        return byId.values().stream().sorted(Comparator.comparing(Scenario::id)).toList();
    }

    /** Each problem of every refused file, as {@code file: where: what to fix}. */
    public List<String> problems() {
        return problems;
    }

    private static Map<String, String> classpathTexts(String folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        String index = resource(folder + "/index.txt");
        if (index != null) {
            index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(name -> {
                String text = resource(folder + "/" + name);
                texts.put("classpath:" + folder + "/" + name, text == null ? "" : text);
            });
        }
        return texts;
    }

    private static Map<String, String> directoryTexts(Path directory) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (directory == null || !Files.isDirectory(directory)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                texts.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exercises directory " + directory, e);
        }
        return texts;
    }

    private static String resource(String path) {
        try (InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
