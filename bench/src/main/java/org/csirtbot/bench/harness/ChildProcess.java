package org.csirtbot.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the benchmark starts with {@code java} of the running JDK, its output in a log file, stopped (SIGTERM, then
 * SIGKILL after 30 s) when closed. The bot's own variables in the caller's environment are not passed on.
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(List<String> javaArguments, Map<String, String> environment, Path log) {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().keySet().removeIf(ChildProcess::configuresTheBot);
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            return new ChildProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    /**
     * Starts a main class of this module in a JVM of its own: from the bench jar through Spring Boot's launcher when
     * the harness runs from it, else on the harness's own class path (the smoke tests).
     */
    public static ChildProcess startBenchMain(String mainClass, List<String> jvmFlags, List<String> args,
                                              Map<String, String> environment, Path log) {
        String classPath = System.getProperty("java.class.path");
        List<String> arguments = new java.util.ArrayList<>(jvmFlags);
        arguments.add("-cp");
        arguments.add(classPath);
        boolean fatJar = !classPath.contains(java.io.File.pathSeparator) && ClassLoader.getSystemResource(
                "org/springframework/boot/loader/launch/PropertiesLauncher.class") != null;
        if (fatJar) {
            arguments.add("-Dloader.main=" + mainClass);
            arguments.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            arguments.add(mainClass);
        }
        arguments.addAll(args);
        return start(arguments, environment, log);
    }

    /** Waits for the process to end by itself, at most {@code seconds}. */
    void waitFor(long seconds) {
        try {
            process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** The log's last lines, for a failure message. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Fails, with the log's end, when the process has exited. */
    public void checkAlive(String what) {
        if (!process.isAlive()) {
            throw new IllegalStateException(what + " exited with " + process.exitValue() + "; its log ("
                    + log + ") ends:\n" + logTail(30));
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean configuresTheBot(String variable) {
        return variable.startsWith("SLACK_") || variable.startsWith("CSIRTBOT_") || variable.equals("MONGODB_URI")
                || variable.startsWith("SERVER_") || variable.startsWith("SPRING_") || variable.startsWith("MANAGEMENT_")
                || variable.equals("JAVA_TOOL_OPTIONS");
    }
}
