package org.csirtbot.storage.embedded;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * The embedded store's H2 backend, made to write each command's changes to its file before the command is
 * answered. H2's MVStore on its own commits about once a second, so a write the driver saw acknowledged
 * could vanish with the process (SIGKILL, OOM killer) and a counter could go back and hand a number out
 * twice. The driver sends every command as OP_MSG (legacy OP_QUERY only for its handshake), so
 * {@link #handleMessage} sees every write. Every command and query is first checked against the
 * {@link EmbeddedLogin}: nothing but the handshake runs on a connection that has not logged in.
 */
final class CommittingH2Backend extends H2Backend {

    /** Commands that change data; for these the file is also forced to the disk (a power cut). */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final EmbeddedLogin login;

    CommittingH2Backend(Path file, EmbeddedLogin login) {
        super(StoreFile.open(file));
        this.login = login;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document loginAnswer = login.check(channel, command, query);
        return loginAnswer != null ? loginAnswer : super.handleCommand(channel, database, command, query);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        login.requireLoggedIn(query.getChannel());
        return super.handleQuery(query);
    }

    @Override
    public void handleClose(Channel channel) {
        login.forget(channel);
        super.handleClose(channel);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            // also after a failed command: a batch may have been written in part, and that part is reported
            writeToDisk(isWrite(message));
        }
    }

    /**
     * {@code commit()} writes the changes synchronously, and waits for a commit another thread has started,
     * which may be carrying this command's changes; so no answer overtakes its write. A write is forced
     * to the disk even when another thread's commit carried it, as that thread may not have forced it yet.
     * A read commits only what is pending (a write this class does not know), so reads do not queue behind
     * H2's housekeeping.
     */
    private void writeToDisk(boolean write) {
        if (write) {
            getMvStore().commit();
            getMvStore().sync();
        } else if (getMvStore().hasUnsavedChanges() && getMvStore().commit() >= 0) {
            getMvStore().sync();
        }
    }

    private static boolean isWrite(MongoMessage message) {
        Document command = message.getDocument();
        return !command.isEmpty() && WRITES.contains(command.keySet().iterator().next().toLowerCase(Locale.ROOT));
    }
}
