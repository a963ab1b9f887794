package org.csirtbot.slack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets through only requests Slack signed: HMAC-SHA256 over the raw bytes received, compared in
 * constant time, with a timestamp no more than five minutes away in either direction. A request whose headers already
 * fail (no signature, a stale timestamp) is refused before its body is read, and bodies above
 * {@link #MAX_BODY_BYTES} before they are read in full.
 */
class SlackSignatureFilter extends OncePerRequestFilter {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SlackSignatureFilter.class);

    private final SecretKeySpec key;
    private final Clock clock;

    SlackSignatureFilter(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body too large");
            return;
        }
        String timestamp = request.getHeader("X-Slack-Request-Timestamp");
        String signature = request.getHeader("X-Slack-Signature");
        // what the headers alone refuse is refused before a byte of the body is read
        if (!signable(timestamp, signature)) {
            refuseUnsigned(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body too large");
            return;
        }
        if (!signedBySlack(timestamp, signature, body)) {
            refuseUnsigned(request, response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    boolean signedBySlack(String timestamp, String signature, byte[] body) {
        if (!signable(timestamp, signature)) {
            return false;
        }
        byte[] expected = ("v0=" + HexFormat.of().formatHex(hmac(timestamp, body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private boolean signable(String timestamp, String signature) {
        return timestamp != null && signature != null && signature.startsWith("v0=") && fresh(timestamp);
    }

    private boolean fresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.trim());
            long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
            return skew <= WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private byte[] hmac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static void refuseUnsigned(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.warn("Refused a request to {} without a valid Slack signature from {}", request.getRequestURI(),
                request.getRemoteAddr());
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid request");
    }

    /** Answers at once and closes the connection, so that a body not read is not read afterwards either. */
    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"error\":\"" + reason + "\"}");
        response.flushBuffer();
    }
}
