package org.csirtbot.playbooks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.csirtbot.playbooks.model.Playbook;

/**
 * The playbooks in force: the built-ins listed in {@code <folder>/index.txt} on the classpath, overridden by id
 * by the *.yaml / *.yml files of a directory. A refused file keeps its last good version active and does not
 * affect the others. {@link #reload()} re-reads everything and tells what changed; call it on a schedule.
 */
public final class PlaybookLibrary {

    /** The classpath folder of the built-in playbooks. */
    public static final String BUILT_IN_FOLDER = "playbooks";

    private final PlaybookReader reader = new PlaybookReader();
    private final String builtInFolder;
    private final Path directory;
    private Map<String, LibrarySource> sources = Map.of();
    private volatile Map<String, Playbook> active = Map.of();
    private volatile Map<String, List<Problem>> problems = Map.of();
    private volatile Map<String, String> origins = Map.of();

    /** Loads the library at once; {@code directory} may be null (built-ins only). */
    public PlaybookLibrary(String builtInFolder, Path directory) {
        this.builtInFolder = builtInFolder;
        this.directory = directory;
        reload();
    }

    public static PlaybookLibrary builtIn(Path overrides) {
        return new PlaybookLibrary(BUILT_IN_FOLDER, overrides);
    }

    public Optional<Playbook> find(String id) {
        return Optional.ofNullable(active.get(id));
    }

    /** The playbooks in force, by id. */
    public List<Playbook> all() {
        return active.values().stream().sorted(Comparator.comparing(Playbook::id)).toList();
    }

    /** Playbooks whose triggers name this report category (phishing_mail, …). */
    public List<Playbook> suggestedFor(String reportCategory) {
        return all().stream().filter(p -> p.suggestedFor(reportCategory)).toList();
    }

    /** The problems of every file refused now (whether or not a last good version stands in). */
    public List<Problem> problems() {
        return problems.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The file the playbook in force was read from: {@code classpath:playbooks/<name>} for a built-in, else the
     * path in the directory; empty when no playbook has that id.
     */
    public Optional<String> origin(String id) {
        return Optional.ofNullable(origins.get(id));
    }

    /** Whether a file name from {@link #origin} or a {@link Problem} is a built-in's rather than the directory's. */
    public static boolean isBuiltIn(String file) {
        return file.startsWith("classpath:");
    }

    public synchronized ReloadReport reload() {
        Map<String, LibrarySource> next = new LinkedHashMap<>();
        builtInTexts().forEach((name, text) -> next.put(name, LibrarySource.read(name, text, sources.get(name), reader)));
        directoryFiles().forEach(file -> next.put(file.toString(), readFile(file)));
        List<ReloadReport.Refusal> refused = new ArrayList<>();
        Map<String, LibrarySource> ownerById = new LinkedHashMap<>();
        Map<String, List<Problem>> problemsByFile = new LinkedHashMap<>();
        for (LibrarySource source : next.values()) {
            List<Problem> found = claimId(source, ownerById);
            if (!found.isEmpty()) {
                problemsByFile.put(source.name(), found);
            }
            if (!found.isEmpty() && !found.equals(problems.get(source.name()))) {
                Playbook kept = ownerById.containsValue(source) ? source.active() : null;
                refused.add(new ReloadReport.Refusal(source.name(), found, kept == null ? null : kept.version()));
            }
        }
        Map<String, Playbook> byId = new HashMap<>();
        Map<String, String> originById = new HashMap<>();
        ownerById.forEach((id, source) -> {
            byId.put(id, source.active());
            originById.put(id, source.name());
        });
        ReloadReport report = compare(active, byId, refused);
        sources = next;
        active = Map.copyOf(byId);
        origins = Map.copyOf(originById);
        problems = Collections.unmodifiableMap(problemsByFile);
        return report;
    }

    /** Built-ins come first, so a directory file with the same id replaces them; two files of one kind clash. */
    private List<Problem> claimId(LibrarySource source, Map<String, LibrarySource> ownerById) {
        Playbook playbook = source.active();
        if (playbook == null) {
            return source.problems();
        }
        LibrarySource earlier = ownerById.get(playbook.id());
        if (earlier != null && isBuiltIn(earlier.name()) == isBuiltIn(source.name())) {
            return List.of(new Problem(source.name(), source.result().idLine(), source.result().idColumn(),
                    "id '" + playbook.id() + "' is already used by " + earlier.name() + ": give this playbook another id"));
        }
        ownerById.put(playbook.id(), source);
        return source.problems();
    }

    private static ReloadReport compare(Map<String, Playbook> before, Map<String, Playbook> after,
            List<ReloadReport.Refusal> refused) {
        List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).sorted().toList();
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
        List<String> updated = after.keySet().stream()
                .filter(id -> before.containsKey(id) && !before.get(id).equals(after.get(id))).sorted().toList();
        return new ReloadReport(added, updated, removed, List.copyOf(refused));
    }

    private LibrarySource readFile(Path file) {
        String name = file.toString();
        try {
            return LibrarySource.read(name, Files.readString(file, StandardCharsets.UTF_8), sources.get(name), reader);
        } catch (IOException | UncheckedIOException e) {
            return LibrarySource.unreadable(name, e.getMessage(), sources.get(name));
        }
    }

    private List<Path> directoryFiles() {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the playbooks directory " + directory, e);
        }
    }

    /** classpath:folder/name → text, for every name in folder/index.txt (blank lines and # comments ignored). */
    private Map<String, String> builtInTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        String index = resource(builtInFolder + "/index.txt");
        if (index == null) {
            return texts;
        }
        index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(name -> {
            String path = builtInFolder + "/" + name;
            String text = resource(path);
            texts.put("classpath:" + path, text == null ? "" : text);
        });
        return texts;
    }

    private static String resource(String path) {
        try (InputStream in = PlaybookLibrary.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
