package org.csirtbot.api;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's named clients, each with its own secret and scopes, e.g. {@code csirtbot.api.clients[0].name=auditor}
 * ({@code CSIRTBOT_API_CLIENTS_0_NAME}), {@code ….secret}, {@code ….scopes=read,read:restricted}; in a file too, through
 * {@code spring.config.import}. Checked before anything runs: a bad client stops the start with the reason.
 *
 * @param clients                who may call {@code /api/**}, each with name, secret and scopes (read,
 *                               read:restricted, legal-hold, indicators); with {@code CSIRTBOT_API_TOKEN}, also the client api
 * @param authFailuresPerMinute  failed authentications from one address in a minute after which it is answered 429
 *                               until the minute is over ({@code CSIRTBOT_API_AUTH_FAILURES_PER_MINUTE})
 */
@ConfigurationProperties("csirtbot.api")
record ApiClientProperties(@DefaultValue List<Client> clients, @DefaultValue("10") int authFailuresPerMinute) {

    /** A secret any shorter can be guessed offline from a leaked digest or online by a patient client. */
    static final int SECRET_MIN_BYTES = 32;
    /** A name is the log's actor ({@code api:<name>}) and goes into reports: no spaces, markup or line breaks. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    ApiClientProperties {
        clients = List.copyOf(clients);
        Set<String> names = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (Client client : clients) {
            if (!names.add(client.name()) || !secrets.add(client.secret())) {
                throw new IllegalArgumentException("csirtbot.api.clients: " + client.name()
                        + " is named twice or shares its secret with another client; each needs its own");
            }
        }
        if (authFailuresPerMinute < 1) {
            throw new IllegalArgumentException("csirtbot.api.auth-failures-per-minute must be 1 or more");
        }
    }

    /**
     * @param name   what the log names it ({@code api:<name>}): letters, digits, {@code . _ -}, up to 64
     * @param secret its bearer token, at least 32 bytes (e.g. {@code openssl rand -hex 32})
     * @param scopes {@code read}, {@code read:restricted}, {@code legal-hold}, {@code indicators}
     */
    record Client(String name, String secret, List<String> scopes) {

        Client {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("csirtbot.api.clients: a client's name is 1 to 64 letters, digits,"
                        + " '.', '_' or '-'; it is " + name);
            }
            refuseShort("csirtbot.api.clients: the secret of " + name, secret);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            if (scopes.isEmpty()) {
                throw new IllegalArgumentException("csirtbot.api.clients: " + name + " has no scopes");
            }
            scopes.forEach(code -> Scope.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "csirtbot.api.clients: " + name + " has the unknown scope '" + code
                            + "'; the scopes are " + Scope.codes())));
        }

        Set<Scope> granted() {
            Set<Scope> granted = EnumSet.noneOf(Scope.class);
            scopes.forEach(code -> granted.add(Scope.fromCode(code.strip()).orElseThrow()));
            return granted;
        }
    }

    static void refuseShort(String what, String secret) {
        int bytes = secret == null ? 0 : secret.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < SECRET_MIN_BYTES) {
            throw new IllegalArgumentException(what + " is " + bytes + " bytes; it must be at least "
                    + SECRET_MIN_BYTES + " (make one with: openssl rand -hex 32)");
        }
    }
}
