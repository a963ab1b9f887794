package org.csirtbot.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The configured API clients: those of {@code csirtbot.api.clients} and, with {@code CSIRTBOT_API_TOKEN}, the client
 * {@value ApiProperties#CLIENT} that may only read. A presented secret is compared with every client's, each in
 * constant time (as SHA-256 digests, so the length leaks nothing either), and never logged.
 */
class ApiClients {

    private record Registered(ApiClient client, byte[] digest) {
    }

    private final List<Registered> clients = new ArrayList<>();

    ApiClients(ApiProperties token, ApiClientProperties configured) {
        for (ApiClientProperties.Client client : configured.clients()) {
            clients.add(new Registered(new ApiClient(client.name(), client.granted()), sha256(client.secret())));
        }
        if (token.enabled()) {
            if (configured.clients().stream().anyMatch(c -> c.name().equals(ApiProperties.CLIENT)
                    || c.secret().equals(token.apiToken()))) {
                throw new IllegalArgumentException("csirtbot.api.clients: the name '" + ApiProperties.CLIENT
                        + "' and the secret of CSIRTBOT_API_TOKEN belong to the token's own client");
            }
            clients.add(new Registered(new ApiClient(ApiProperties.CLIENT, EnumSet.of(Scope.READ)),
                    sha256(token.apiToken())));
        }
    }

    /** Whether any client is configured; else the API does not exist. */
    boolean any() {
        return !clients.isEmpty();
    }

    /** The client whose secret is {@code presented}; every client is compared, whichever matches. */
    Optional<ApiClient> authenticate(String presented) {
        byte[] digest = sha256(presented);
        ApiClient found = null;
        for (Registered registered : clients) {
            if (MessageDigest.isEqual(registered.digest(), digest)) {
                found = registered.client();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
