package org.csirtbot.storage.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A MongoDB wire-protocol server in this process, bound to loopback and backed by one H2 file, so the
 * bot runs with nothing else installed and keeps its data across restarts, a kill included: each command's
 * changes are in the file before it is answered ({@link CommittingH2Backend}). Only this process can use it: it
 * asks for a password drawn at each start ({@link EmbeddedLogin}), and the file is readable by its owner only.
 */
public final class EmbeddedMongo implements AutoCloseable {

    public static final String FILE_NAME = "csirtbot.mv";

    private final MongoServer server;
    private final Path file;
    private final InetSocketAddress address;
    private final EmbeddedLogin login;

    private EmbeddedMongo(MongoServer server, Path file, InetSocketAddress address, EmbeddedLogin login) {
        this.server = server;
        this.file = file;
        this.address = address;
        this.login = login;
    }

    public static EmbeddedMongo start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        EmbeddedLogin login = EmbeddedLogin.random();
        MongoServer server = new MongoServer(new CommittingH2Backend(file, login));
        OwnerOnly.restrict(file);
        // a port chosen at each start, on loopback only, and a password that changes with it
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongo(server, file, server.getLocalAddress(), login);
    }

    public String connectionString(String database) {
        return "mongodb://" + login.userInfo() + "@127.0.0.1:" + address.getPort() + "/" + database + "?"
                + EmbeddedLogin.options();
    }

    public int port() {
        return address.getPort();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** The embedded store when one was started, so the bean exists either way and is closed on shutdown. */
    public record Holder(EmbeddedMongo mongo) implements AutoCloseable {
        @Override
        public void close() {
            if (mongo != null) {
                mongo.close();
            }
        }
    }
}
