package org.csirtbot.api;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the API answers what it cannot find (404) or what the client's scopes do not allow (403): the reason as JSON,
 * whatever the endpoint's own type.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound e) {
        return answer(404, e);
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Map<String, String>> forbidden(Forbidden e) {
        return answer(403, e);
    }

    private static ResponseEntity<Map<String, String>> answer(int status, RuntimeException e) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage()));
    }
}
