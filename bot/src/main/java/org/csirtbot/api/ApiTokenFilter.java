package org.csirtbot.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards {@code /api/**}: without a configured client the API does not exist (404); otherwise the request must carry
 * {@code Authorization: Bearer <secret>} of one of the {@link ApiClients} (401), from an address not throttled for
 * failing too often ({@link AuthFailures}: 429 with {@code Retry-After}). Reading (GET) needs the scope {@code read}
 * (403); a write (POST, PUT) checks its own scope. The client is handed on as the request attribute
 * {@value ApiClient#ATTRIBUTE}.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiClients clients;
    private final AuthFailures failures;

    ApiTokenFilter(ApiClients clients, AuthFailures failures) {
        this.clients = clients;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!clients.any()) {
            respond(response, HttpServletResponse.SC_NOT_FOUND,
                    "the API is off: set CSIRTBOT_API_TOKEN or csirtbot.api.clients to turn it on");
            return;
        }
        Optional<Duration> wait = failures.waitFor(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds() + 1)));
            respond(response, 429, "too many failed authentications from this address; try again later");
            return;
        }
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.startsWith("Bearer ");
        Optional<ApiClient> client = clients.authenticate(bearer ? header.substring(7).strip() : "");
        if (client.isEmpty()) {
            failures.failed(request.getRemoteAddr(), bearer ? "invalid" : "missing");
            response.setHeader("WWW-Authenticate", "Bearer");
            respond(response, HttpServletResponse.SC_UNAUTHORIZED, "a valid bearer token is required");
            return;
        }
        if (reads(request) && !client.get().may(Scope.READ)) {
            respond(response, HttpServletResponse.SC_FORBIDDEN, "the API client " + client.get().name()
                    + " lacks the scope read");
            return;
        }
        request.setAttribute(ApiClient.ATTRIBUTE, client.get());
        chain.doFilter(request, response);
    }

    /** Whether the request reads: writes (POST, PUT) check their own scopes instead. */
    private static boolean reads(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
    }

    private static void respond(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + reason + "\"}");
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ApiClients apiClients(ApiProperties token, ApiClientProperties configured) {
            return new ApiClients(token, configured);
        }

        @Bean
        FilterRegistrationBean<ApiTokenFilter> apiTokenFilter(ApiClients clients, ApiClientProperties configured,
                                                              Clock clock, MeterRegistry meters) {
            var failures = new AuthFailures(configured.authFailuresPerMinute(), clock, meters);
            var registration = new FilterRegistrationBean<>(new ApiTokenFilter(clients, failures));
            registration.addUrlPatterns("/api/*");
            return registration;
        }
    }
}
