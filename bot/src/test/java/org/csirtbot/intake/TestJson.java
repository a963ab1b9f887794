package org.csirtbot.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON bodies for the intake's tests, from maps of fields. */
final class TestJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestJson() {
    }

    @SafeVarargs
    static String object(Map<String, ?>... parts) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Map<String, ?> part : parts) {
            all.putAll(part);
        }
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
