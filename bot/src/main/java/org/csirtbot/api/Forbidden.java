package org.csirtbot.api;

/** The client is known but lacks the scope: answered as 403 with the reason. */
class Forbidden extends RuntimeException {

    Forbidden(String reason) {
        super(reason);
    }
}
