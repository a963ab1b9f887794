package org.csirtbot.api;

import java.util.Set;

import org.csirtbot.incident.Incident;

/**
 * Who called the API, once its secret matched: its configured name (the actor {@code api:<name>} in the log) and its
 * scopes. Controllers take it as the request attribute {@value #ATTRIBUTE}.
 */
record ApiClient(String name, Set<Scope> scopes) {

    static final String ATTRIBUTE = "org.csirtbot.api.client";

    ApiClient {
        scopes = Set.copyOf(scopes);
    }

    boolean may(Scope scope) {
        return scopes.contains(scope);
    }

    /** @throws Forbidden without {@code scope} */
    void require(Scope scope) {
        if (!may(scope)) {
            throw new Forbidden("the API client " + name + " lacks the scope " + scope.code());
        }
    }

    /** The log's actor for what this client does. */
    String actor() {
        return "api:" + name;
    }

    /** Whether this client may know that {@code incident} exists: restricted ones only with read:restricted. */
    boolean sees(Incident incident) {
        return !incident.restricted() || may(Scope.READ_RESTRICTED);
    }
}
