package org.csirtbot.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Class data sharing for the bot, as Spring Boot documents it: the jar extracted ({@code -Djarmode=tools extract}),
 * one training start that stops once the context is refreshed and writes the classes it loaded to an archive
 * ({@code -XX:ArchiveClassesAtExit}), then every start maps that archive ({@code -XX:SharedArchiveFile}). The flag set
 * token {@value #FLAG} asks for it; the archive is made once per folder, with the other flags of the set.
 */
record CdsArchive(Path jar, Path archive) {

    static final String FLAG = "CDS";

    static synchronized CdsArchive prepared(Path botJar, Path folder, List<String> flags, Map<String, String> env) {
        Path extracted = folder.resolve("app");
        CdsArchive cds = new CdsArchive(extracted.resolve(botJar.getFileName()), folder.resolve("csirtbot.jsa"));
        if (Files.exists(cds.archive())) {
            return cds;
        }
        Folders.emptied(folder);
        Folders.created(folder.resolve("data"));
        run(List.of("-Djarmode=tools", "-jar", botJar.toAbsolutePath().toString(), "extract", "--force",
                "--destination", extracted.toAbsolutePath().toString()), Map.of(), folder.resolve("extract.log"));
        List<String> training = BotUnderTest.arguments(flags, env);
        training.add("-XX:ArchiveClassesAtExit=" + cds.archive().toAbsolutePath());
        training.add("-Dspring.context.exit=onRefresh");
        training.add("-jar");
        training.add(cds.jar().toAbsolutePath().toString());
        run(training, env, folder.resolve("training.log"));
        if (!Files.exists(cds.archive())) {
            throw new IllegalStateException("No class data archive was written; see " + folder.resolve("training.log"));
        }
        return cds;
    }

    private static void run(List<String> arguments, Map<String, String> env, Path log) {
        try (ChildProcess process = ChildProcess.start(new ArrayList<>(arguments), env, log)) {
            process.waitFor(300);
        }
    }
}
