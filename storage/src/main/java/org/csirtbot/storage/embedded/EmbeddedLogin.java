package org.csirtbot.storage.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;

/**
 * The embedded store's login, as mongo-java-server has none: a password drawn at random at each start, kept only in
 * this process's memory and given to the driver in the connection string. A connection runs no command but the
 * handshake until it has logged in with SASL PLAIN (the password crosses loopback only); a wrong password, another
 * mechanism or any other command before logging in is refused, as MongoDB refuses them.
 */
public final class EmbeddedLogin {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedLogin.class);

    public static final String USER = "csirtbot";
    /**
     * What the driver may send before logging in: the handshake, the heartbeats of its monitor (which never logs in)
     * and {@code getlasterror}, its way to learn the connection's ID when the handshake does not say; none reads data.
     */
    private static final Set<String> BEFORE_LOGIN = Set.of("hello", "ismaster", "getlasterror", "saslstart");

    private final String password;
    private final Set<Channel> loggedIn = ConcurrentHashMap.newKeySet();

    private EmbeddedLogin(String password) {
        this.password = password;
    }

    static EmbeddedLogin random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new EmbeddedLogin(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The user and password for a connection string (URL-safe Base64: nothing to escape). */
    String userInfo() {
        return USER + ":" + password;
    }

    public static String options() {
        return "authMechanism=PLAIN&authSource=$external";
    }

    /**
     * The answer to a login, or MongoDB's refusal when {@code command} may not run on this connection (Unauthorized)
     * or the login fails (AuthenticationFailed); null when it may run. A refusal is answered rather than thrown, so
     * the server does not log the command, which for a failed login holds the password tried.
     */
    Document check(Channel channel, String command, Document body) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("saslstart")) {
            return logIn(channel, body);
        }
        if (BEFORE_LOGIN.contains(name) || loggedIn.contains(channel)) {
            return null;
        }
        return refused(13, "Unauthorized", "command " + command + " requires authentication");
    }

    /** Refuses a legacy query on a collection from a connection that has not logged in. */
    void requireLoggedIn(Channel channel) {
        if (!loggedIn.contains(channel)) {
            log.warn("Embedded store: refused a query from a connection that has not logged in");
            MongoServerError error = new MongoServerError(13, "Unauthorized", "query requires authentication");
            error.setLogError(false);
            throw error;
        }
    }

    void forget(Channel channel) {
        loggedIn.remove(channel);
    }

    private static Document refused(int code, String name, String message) {
        log.warn("Embedded store: refused a connection that has not logged in with this start's password ({})", name);
        Document refusal = new Document("ok", 0.0);
        refusal.append("errmsg", message).append("code", code).append("codeName", name);
        return refusal;
    }

    /** SASL PLAIN's message: authorization identity (none, or the user), NUL, user, NUL, password. */
    private boolean matches(byte[] message) {
        String[] parts = new String(message, StandardCharsets.UTF_8).split("\0", -1);
        return parts.length == 3 && (parts[0].isEmpty() || parts[0].equals(USER)) && parts[1].equals(USER)
                && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8));
    }

    private Document logIn(Channel channel, Document body) {
        Object payload = body.get("payload");
        byte[] given = payload instanceof BinData data ? data.getData() : payload instanceof byte[] bytes ? bytes : null;
        if (!"PLAIN".equals(body.get("mechanism")) || given == null || !matches(given)) {
            return refused(18, "AuthenticationFailed", "Authentication failed.");
        }
        loggedIn.add(channel);
        Document done = new Document("conversationId", 1);
        done.append("done", true).append("payload", new BinData(new byte[0])).append("ok", 1.0);
        return done;
    }
}
