package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.csirtbot.storage.embedded.EmbeddedMongo;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded store's file stays near the size of what it holds: a long log written as fast as the store takes it
 * does not fill the disk, and a file that grew mostly empty (as every file did before issue 16) is compacted when the
 * bot starts, with nothing lost.
 */
class EmbeddedStoreSizeTests {

    private static final int ENTRIES = 2_000;

    @TempDir
    Path dataDir;

    @Test
    void aLogWrittenAsFastAsTheStoreTakesItGrowsTheFileAFifthAsFastAsBefore() {
        long[] sizes = new long[2];
        try (ConfigurableApplicationContext bot = start()) {
            IncidentLogStore log = bot.getBean(IncidentLogStore.class);
            for (int burst = 0; burst < sizes.length; burst++) {
                appendNotes(log, "INC-SIZE-1", ENTRIES);
                sizes[burst] = file().toFile().length();
            }
        }
        // 2,000 more entries of about 200 bytes, written without a pause: with H2's default retention (45 s) the file
        // grew by about 100 MB (50 KiB an entry), now by about 20 MB; the bound leaves room for a faster disk
        assertThat(sizes[1] - sizes[0]).isLessThan(40L << 20);
    }

    @Test
    void aFileThatGrewMostlyEmptyIsCompactedWhenTheBotStartsAndKeepsEveryEntry() {
        try (ConfigurableApplicationContext bot = start()) {
            appendNotes(bot.getBean(IncidentLogStore.class), "INC-SIZE-2", 50);
        }
        long grown = growMostlyEmpty();
        assertThat(grown).isGreaterThan(16L << 20);

        try (ConfigurableApplicationContext bot = start()) {
            IncidentLogStore log = bot.getBean(IncidentLogStore.class);
            assertThat(file().toFile().length()).isLessThan(grown / 4);
            assertThat(log.verify("INC-SIZE-2")).isEqualTo(new LogVerification(true, 50, null));
            assertThat(log.append("INC-SIZE-2", "U_SCRIBE", "note", Map.of("text", "after the restart")).seq())
                    .isEqualTo(51);
        }
    }

    private static void appendNotes(IncidentLogStore log, String incidentId, int count) {
        for (int i = 1; i <= count; i++) {
            log.append(incidentId, "U_SCRIBE", "note", Map.of("text",
                    "Mailbox %d of the campaign checked: the link was opened from 10.0.0.%d, session revoked."
                            .formatted(i, i % 256)));
        }
    }

    /** Fills the file with 100 MB of scratch data, then drops it and writes a little after it, so it cannot shrink. */
    private long growMostlyEmpty() {
        MVStore store = new MVStore.Builder().fileName(file().toString()).open();
        store.setRetentionTime(0);
        MVMap<Integer, byte[]> scratch = store.openMap("scratch");
        for (int i = 0; i < 100; i++) {
            scratch.put(i, new byte[1 << 20]);
            store.commit();
        }
        store.removeMap(scratch);
        store.commit();
        MVMap<Integer, Integer> after = store.openMap("after");
        for (int i = 0; i < 5; i++) {
            after.put(i, i);
            store.commit();
        }
        store.removeMap(after);
        store.commit();
        store.close();
        return file().toFile().length();
    }

    private Path file() {
        return dataDir.resolve(EmbeddedMongo.FILE_NAME);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StorageTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("csirtbot.storage.data-dir=" + dataDir)
                .run();
    }
}
