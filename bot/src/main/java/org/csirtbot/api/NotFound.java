package org.csirtbot.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing under that ID; answered as 404 with the reason. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

    NotFound(String what, String id) {
        super("no " + what + " " + id);
    }
}
