package org.csirtbot.storage.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the embedded store's file readable and writable by its owner only, where the file system has POSIX modes. */
final class OwnerOnly {

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {
    }

    static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.warn("Could not make {} readable by its owner only ({}): protect its folder yourself", file, e.toString());
        }
    }
}
