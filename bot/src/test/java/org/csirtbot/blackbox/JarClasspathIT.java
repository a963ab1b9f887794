package org.csirtbot.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;

/**
 * Every class the bot's own code refers to (in signatures and in method bodies) is on the jar's runtime classpath:
 * a library that only the tests have (a test-scoped dependency overriding a compile-scoped one) fails here, not at a
 * user's first start-up or first click.
 */
class JarClasspathIT {

    @TempDir
    Path unpacked;

    @Test
    void everyClassTheBotsCodeUsesIsInTheJar() throws IOException {
        List<Path> libraries = unpack();
        Path classes = unpacked.resolve("BOOT-INF/classes");
        List<Location> ours = new ArrayList<>(List.of(Location.of(classes)));
        for (Path library : libraries) {
            if (library.getFileName().toString().matches("(playbooks|storage)-.*\\.jar")) {
                ours.add(Location.of(new JarFile(library.toFile())));
            }
        }
        JavaClasses code = new ClassFileImporter().importLocations(ours);
        assertThat(code.stream().map(JavaClass::getName)).contains("org.csirtbot.CsirtbotApplication",
                "org.csirtbot.storage.IncidentLogStore", "org.csirtbot.playbooks.engine.Engine");

        Set<String> missing = new TreeSet<>();
        try (URLClassLoader runtime = new URLClassLoader(urls(classes, libraries), ClassLoader.getPlatformClassLoader())) {
            for (JavaClass javaClass : code) {
                if (!javaClass.getName().startsWith("org.csirtbot.")) {
                    continue;
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!target.isPrimitive() && runtime.getResource(target.getName().replace('.', '/') + ".class") == null) {
                        missing.add(target.getName() + " (used by " + javaClass.getName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("classes used by the bot but missing from " + JarBot.JAR).isEmpty();
    }

    private List<Path> unpack() throws IOException {
        List<Path> libraries = new ArrayList<>();
        try (ZipFile jar = new ZipFile(JarBot.JAR.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = unpacked.resolve(entry.getName()).normalize();
                if (entry.isDirectory() || !target.startsWith(unpacked)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if (entry.getName().startsWith("BOOT-INF/lib/")) {
                    libraries.add(target);
                }
            }
        }
        return libraries;
    }

    private static URL[] urls(Path classes, List<Path> libraries) throws MalformedURLException {
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (Path library : libraries) {
            urls.add(library.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
