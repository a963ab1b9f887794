package org.csirtbot.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards {@code /api/**}: without a configured token the API does not exist (404); otherwise the
 * request must carry {@code Authorization: Bearer <token>}, compared in constant time.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final byte[] expectedDigest;

    ApiTokenFilter(ApiProperties properties) {
        this.expectedDigest = properties.enabled() ? sha256(properties.apiToken()) : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (expectedDigest == null) {
            respond(response, HttpServletResponse.SC_NOT_FOUND, "the API is off: set CSIRTBOT_API_TOKEN to turn it on");
            return;
        }
        String header = request.getHeader("Authorization");
        String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(expectedDigest, sha256(presented))) {
            response.setHeader("WWW-Authenticate", "Bearer");
            respond(response, HttpServletResponse.SC_UNAUTHORIZED, "a valid bearer token is required");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void respond(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + reason + "\"}");
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ApiTokenFilter> apiTokenFilter(ApiProperties properties) {
            var registration = new FilterRegistrationBean<>(new ApiTokenFilter(properties));
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}
