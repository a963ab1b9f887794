package org.csirtbot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * The storage module on the embedded store, reached by the real driver over TCP, in a data directory of
 * its own that is removed when the test class is done.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@DirtiesContext
@ContextConfiguration(initializers = StorageTest.FreshDataDir.class)
@interface StorageTest {

    /** Gives each application a new, empty data directory. */
    final class FreshDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Path dir = Files.createTempDirectory("csirtbot-storage-test-");
                context.addApplicationListener(event -> {
                    if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                        FileSystemUtils.deleteRecursively(dir.toFile());
                    }
                });
                context.getEnvironment().getPropertySources().addFirst(
                        new MapPropertySource("storage-test", Map.of("csirtbot.storage.data-dir", dir.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
