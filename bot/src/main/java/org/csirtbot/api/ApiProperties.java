package org.csirtbot.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiToken bearer token for {@code /api/**} ({@code CSIRTBOT_API_TOKEN}); unset, the API answers 404
 */
@ConfigurationProperties("csirtbot")
record ApiProperties(String apiToken) {

    boolean enabled() {
        return apiToken != null && !apiToken.isBlank();
    }
}
