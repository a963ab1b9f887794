package org.csirtbot.sandbox.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slack's v0 request signing, and the bodies it signs (form-encoded commands and {@code payload=} interactions). */
public final class SlackSigning {

    /** Header carrying the request's Unix time in seconds. */
    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    /** Header carrying {@code v0=<hex hmac>}. */
    public static final String SIGNATURE_HEADER = "X-Slack-Signature";

    private SlackSigning() {
    }

    /** {@code v0=hex(HmacSHA256(secret, "v0:" + timestamp + ":" + body))} over the body's UTF-8 bytes. */
    public static String sign(String signingSecret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Form-encodes fields in order as Slack does (UTF-8, space as '+'). */
    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The interactivity body {@code payload=<url-encoded json>}. */
    public static String interactionBody(String payloadJson) {
        return formBody(Map.of("payload", payloadJson));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
