package org.csirtbot.storage.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store's H2 file, opened so that it does not grow far beyond what it holds.
 *
 * <p>H2 writes each commit as a new chunk of pages and keeps an emptied chunk's space for its retention time (45 s by
 * default) in case the disk has not yet written what replaced it. The bot commits every write and forces it to the disk
 * before answering ({@link CommittingH2Backend}), about 50 KiB a commit for a long log, so at hundreds of writes a
 * second that retention kept about 20 times the live data: the log benchmark's 110,000 entries made a 3.5 GB file
 * holding 150 MB (issue 16). A second is ample once every commit is forced: appends without a pause now grow the file
 * by about 10 KiB each instead of 50 KiB (20,000 entries: 107 MB instead of 1,025 MB), and at an incident's pace the
 * space is reused within the second. Not 0: with no retention H2 can reuse a
 * chunk that the chunk map it writes at close still lists, and the file then no longer opens (h2database issues 2752
 * and 4083). A file already grown is compacted when opened.
 */
final class StoreFile {

    private static final Logger log = LoggerFactory.getLogger(StoreFile.class);

    /** How long an emptied chunk is kept before its space is written over; every commit is forced before that. */
    static final int RETENTION_MILLIS = 1_000;
    /** A file this large and less than {@link #COMPACT_BELOW_FILL_PERCENT} full is rewritten when opened. */
    static final long COMPACT_FROM_BYTES = 16L << 20;
    static final int COMPACT_BELOW_FILL_PERCENT = 50;

    private StoreFile() {
    }

    /** The store on {@code file}, compacted first when it is mostly free space. */
    static MVStore open(Path file) {
        compactIfWasteful(file);
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setRetentionTime(RETENTION_MILLIS);
        return store;
    }

    private static void compactIfWasteful(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        long before = file.toFile().length();
        if (before < COMPACT_FROM_BYTES) {
            return;
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        int fill = store.getFileStore().getFillRate();
        store.close();
        if (fill >= COMPACT_BELOW_FILL_PERCENT) {
            return;
        }
        long start = System.nanoTime();
        MVStoreTool.compact(file.toString(), false);
        OwnerOnly.restrict(file);
        log.info("Embedded store: {} was {} MiB, {} % in use; compacted to {} MiB in {} ms", file, before >> 20, fill,
                file.toFile().length() >> 20, (System.nanoTime() - start) / 1_000_000);
    }
}
