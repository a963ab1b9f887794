package org.csirtbot.report.slack;

import java.util.Optional;

import org.csirtbot.report.CapturedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reported message carried in the report form's private metadata, from the shortcut or button that opened it to
 * the submission: Slack keeps it out of the person's reach. Slack allows 3000 characters, so a very long text is cut
 * (with an ellipsis); the permalink leads to the whole message.
 */
final class CapturedMessageMetadata {

    static final int MAX = 3000;
    private static final Logger log = LoggerFactory.getLogger(CapturedMessageMetadata.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CapturedMessageMetadata() {
    }

    static String write(CapturedMessage message) {
        String json = json(message, message.text());
        if (json.length() <= MAX) {
            return json;
        }
        int fits = 0; // the longest start of the text that fits with an ellipsis, found by halving
        int tooLong = message.text().length();
        while (tooLong - fits > 1) {
            int keep = (fits + tooLong) / 2;
            if (json(message, cut(message.text(), keep)).length() <= MAX) {
                fits = keep;
            } else {
                tooLong = keep;
            }
        }
        return json(message, cut(message.text(), fits));
    }

    private static String cut(String text, int keep) {
        int end = keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1)) ? keep - 1 : keep;
        return end == 0 ? "" : text.substring(0, end) + "…";
    }

    /** The message the form was opened for; empty for a form opened without one, or metadata that is not ours. */
    static Optional<CapturedMessage> read(String metadata) {
        if (metadata == null || metadata.isBlank()) {
            return Optional.empty();
        }
        try {
            CapturedMessage message = JSON.readValue(metadata, CapturedMessage.class);
            boolean complete = message != null && message.channel() != null && message.ts() != null
                    && message.author() != null; // "null" reads as no message at all
            return complete ? Optional.of(message) : Optional.empty();
        } catch (JsonProcessingException e) {
            // a form of ours never carries other metadata: someone forged it; the report is taken without it
            log.info("A report form came back with metadata that is not a reported message: {}", e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static String json(CapturedMessage message, String text) {
        try {
            return JSON.writeValueAsString(new CapturedMessage(message.channel(), message.author(), message.ts(),
                    message.permalink(), text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
