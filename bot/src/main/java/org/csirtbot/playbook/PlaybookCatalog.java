package org.csirtbot.playbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.csirtbot.partners.Partners;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.load.Problem;
import org.csirtbot.playbooks.load.ReloadReport;
import org.csirtbot.playbooks.model.Playbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The playbooks in force, read again every {@code csirtbot.playbooks-reload-interval}; a refused file is logged with
 * each problem's file, line and column, and its last good version stays in force. Every version seen since start is
 * kept, so a run goes on with the version it was started with while this process runs.
 */
@Component
public class PlaybookCatalog {

    private static final Logger log = LoggerFactory.getLogger(PlaybookCatalog.class);

    private final PlaybookLibrary library;
    private final Partners partners;
    private final Map<String, Playbook> seen = new ConcurrentHashMap<>();

    PlaybookCatalog(PlaybookLibrary library, Partners partners) {
        this.library = library;
        this.partners = partners;
        library.problems().forEach(problem -> log.warn("Playbook refused: {}", problem));
        remember();
        log.info("Playbooks in force: {}", library.all().stream().map(p -> p.id() + " v" + p.version()).toList());
    }

    /** The playbooks in force, by ID. */
    public List<Playbook> all() {
        return library.all();
    }

    public Optional<Playbook> find(String id) {
        return library.find(id);
    }

    /** The playbooks whose triggers name this report category ({@code phishing_mail}, …). */
    public List<Playbook> suggestedFor(String category) {
        return library.suggestedFor(category);
    }

    // what the API shows of the library: where each playbook came from and the files refused

    /** The file the playbook in force was read from ({@code classpath:playbooks/…} for a built-in); empty when none. */
    public Optional<String> origin(String id) {
        return library.origin(id);
    }

    /** The problems of every file refused now, each with its file, line and column. */
    public List<Problem> refused() {
        return library.problems();
    }

    /** That version if it is in force or this process has seen it, else the version in force; empty when gone. */
    Optional<Playbook> find(String id, int version) {
        Optional<Playbook> current = library.find(id);
        if (current.isPresent() && current.get().version() == version) {
            return current;
        }
        return Optional.ofNullable(seen.get(id + "@" + version)).or(() -> current);
    }

    @Scheduled(initialDelayString = "${csirtbot.playbooks-reload-interval:30s}",
            fixedDelayString = "${csirtbot.playbooks-reload-interval:30s}")
    void reload() {
        try {
            report(library.reload());
            remember();
        } catch (RuntimeException e) {
            log.warn("Reading the playbooks again failed; those in force stay: {}", e.toString());
        }
    }

    private void report(ReloadReport report) {
        if (!report.added().isEmpty() || !report.updated().isEmpty() || !report.removed().isEmpty()) {
            log.info("Playbooks reloaded: added {}, updated {}, removed {}", report.added(), report.updated(),
                    report.removed());
            checkPartners(library.all().stream().filter(p -> report.added().contains(p.id())
                    || report.updated().contains(p.id())).toList());
        }
        for (ReloadReport.Refusal refused : report.refused()) {
            for (Problem problem : refused.problems()) {
                log.warn("Playbook refused: {}", problem);
            }
            if (refused.keptVersion() != null) {
                log.warn("{}: version {} stays in force until the file is fixed", refused.file(), refused.keptVersion());
            }
        }
    }

    /**
     * Once the bot is up (the directory's API edits are in the store), warns of every notify step that names an
     * organisation the directory lacks; not an error, as the organisation may add it later (the step then says so).
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkPartners() {
        checkPartners(library.all());
    }

    private void checkPartners(List<Playbook> playbooks) {
        try {
            for (Playbook playbook : playbooks) {
                playbook.steps().filter(step -> step.notification() != null)
                        .forEach(step -> step.notification().partners().stream()
                                .filter(id -> partners.find(id).isEmpty())
                                .forEach(id -> log.warn("Playbook {} v{}: step {} names the organisation '{}', which "
                                        + "the directory lacks: add it (CSIRTBOT_PARTNERS_FILE, or PUT /api/partners/{}); "
                                        + "until then the step says it is not in the directory", playbook.id(),
                                        playbook.version(), step.id(), id, id)));
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the organisations the playbooks name: {}", e.toString());
        }
    }

    private void remember() {
        library.all().forEach(p -> seen.put(p.id() + "@" + p.version(), p));
    }
}
