package org.csirtbot.comms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The words of one version of a communication: its subject and its text, as the drafter wrote them.
 *
 * @param subject the subject line (a mail's subject, a notice's title)
 * @param text    the body
 */
public record CommsText(String subject, String text) {

    /** The longest subject taken. */
    public static final int SUBJECT_MAX = 250;
    /** The longest text taken: what one Slack text input holds. */
    public static final int TEXT_MAX = 3000;

    public CommsText {
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text;
    }

    /**
     * The SHA-256 of the subject, a line feed and the text, in UTF-8, as 64 lowercase hex digits: what the log records
     * with each step of the communication, so anyone can check that the text sent is the text approved.
     */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((subject + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
