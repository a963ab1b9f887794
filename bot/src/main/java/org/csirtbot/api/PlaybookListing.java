package org.csirtbot.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.load.Problem;
import org.csirtbot.playbooks.model.LText;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.Trigger;

/**
 * The library in force as {@code GET /api/playbooks} answers it: each playbook with where it came from, and each
 * refused file with its problems ({@code file:line:col: what to fix}) and the last good version still in force.
 */
record PlaybookListing(List<Entry> playbooks, List<RefusedFile> refused) {

    static final String BUILT_IN = "built-in";
    static final String FOLDER = "folder";

    /** {@code origin} is {@value #BUILT_IN} or {@value #FOLDER} ({@code CSIRTBOT_PLAYBOOKS_DIR}); {@code file} the file. */
    record Entry(String id, int version, LText name, List<Trigger> triggers, String origin, String file) {
    }

    /** {@code inForce}: the playbook this file gave before it was refused, still used ({@code id@version}); else null. */
    record RefusedFile(String file, String origin, List<String> problems, String inForce) {
    }

    static PlaybookListing of(PlaybookCatalog catalog) {
        List<Entry> playbooks = catalog.all().stream().map(p -> entry(p, catalog.origin(p.id()).orElse(null))).toList();
        Map<String, List<String>> byFile = catalog.refused().stream().collect(Collectors.groupingBy(Problem::file,
                LinkedHashMap::new, Collectors.mapping(Problem::toString, Collectors.toList())));
        List<RefusedFile> refused = byFile.entrySet().stream().map(e -> new RefusedFile(e.getKey(), origin(e.getKey()),
                e.getValue(), inForce(playbooks, e.getKey()))).toList();
        return new PlaybookListing(playbooks, refused);
    }

    private static Entry entry(Playbook playbook, String file) {
        return new Entry(playbook.id(), playbook.version(), playbook.name(), playbook.triggers(), origin(file), file);
    }

    private static String inForce(List<Entry> playbooks, String file) {
        return playbooks.stream().filter(p -> file.equals(p.file())).map(p -> p.id() + "@" + p.version()).findFirst()
                .orElse(null);
    }

    private static String origin(String file) {
        return file == null ? null : PlaybookLibrary.isBuiltIn(file) ? BUILT_IN : FOLDER;
    }
}
