package org.csirtbot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB wire-protocol server in this process, bound to loopback and backed by one H2 file, so the
 * bot runs with nothing else installed and keeps its data across restarts, a kill included: each command's
 * changes are in the file before it is answered ({@link CommittingH2Backend}).
 */
final class EmbeddedMongo implements AutoCloseable {

    static final String FILE_NAME = "csirtbot.mv";

    private final MongoServer server;
    private final Path file;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, Path file, InetSocketAddress address) {
        this.server = server;
        this.file = file;
        this.address = address;
    }

    static EmbeddedMongo start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        MongoServer server = new MongoServer(new CommittingH2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongo(server, file, server.getLocalAddress());
    }

    String connectionString(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** The embedded store when one was started, so the bean exists either way and is closed on shutdown. */
    record Holder(EmbeddedMongo mongo) implements AutoCloseable {
        @Override
        public void close() {
            if (mongo != null) {
                mongo.close();
            }
        }
    }
}
