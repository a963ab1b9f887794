package org.csirtbot.bench.harness;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs a request body as Slack does: {@code v0=} and the hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}. */
public final class SlackSigner {

    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    static final String SIGNATURE_HEADER = "X-Slack-Signature";

    private final SecretKeySpec key;

    public SlackSigner(String signingSecret) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String signature(long epochSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hmac = mac.doFinal(("v0:" + epochSeconds + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(hmac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
