package org.csirtbot.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiToken the secret of the API client named api, which may only read ({@code CSIRTBOT_API_TOKEN}); at
 *                 least 32 bytes. With neither it nor any {@code csirtbot.api.clients}, the API answers 404
 */
@ConfigurationProperties("csirtbot")
record ApiProperties(String apiToken) {

    /** The name the token's client has in the log ({@code api:api}). */
    static final String CLIENT = "api";

    ApiProperties {
        if (apiToken != null && !apiToken.isBlank()) {
            ApiClientProperties.refuseShort("CSIRTBOT_API_TOKEN (csirtbot.api-token)", apiToken);
        }
    }

    boolean enabled() {
        return apiToken != null && !apiToken.isBlank();
    }
}
