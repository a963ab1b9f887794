package org.csirtbot.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a request into the sandbox only from this machine, unless {@code CSIRTBOT_SANDBOX_BIND} allows more: a
 * comma-separated list of client addresses, or {@code *} (also {@code 0.0.0.0}, {@code ::}) for any. Anyone who
 * reaches the sandbox can act as anyone in it, so it is closed to the network by default.
 */
final class SandboxAccess extends OncePerRequestFilter {

    static final String REFUSAL = "The sandbox answers only requests from this machine (loopback). Set "
            + "CSIRTBOT_SANDBOX_BIND to the addresses allowed (comma-separated, or * for any) to open it wider.";
    private static final Set<String> ANY = Set.of("*", "0.0.0.0", "::");

    /** Null: any client; else the allowed addresses besides loopback. */
    private final Set<InetAddress> allowed;

    SandboxAccess(Set<InetAddress> allowed) {
        this.allowed = allowed;
    }

    /** The addresses a {@code CSIRTBOT_SANDBOX_BIND} value allows besides loopback; null for any. */
    static Set<InetAddress> allowed(String bind) {
        Set<String> entries = Arrays.stream(bind.split(",")).map(String::strip).filter(e -> !e.isEmpty())
                .collect(Collectors.toSet());
        if (entries.stream().anyMatch(ANY::contains)) {
            return null;
        }
        return entries.stream().map(SandboxAccess::address).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (admits(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(REFUSAL);
    }

    private boolean admits(String remote) {
        if (allowed == null) {
            return true;
        }
        InetAddress client = address(remote);
        return client.isLoopbackAddress() || allowed.contains(client);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal address: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an address: " + literal, e);
        }
    }
}
