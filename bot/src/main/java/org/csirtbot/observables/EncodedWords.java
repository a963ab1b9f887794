package org.csirtbot.observables;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded-words in a header value ({@code =?UTF-8?B?...?=}, {@code =?ISO-2022-JP?B?...?=},
 * {@code =?Shift_JIS?Q?...?=}): B (base64) and Q encodings, any charset Java knows. White space between two
 * encoded-words is dropped, and adjacent words in one charset are decoded together, so a character split across two
 * words (common with ISO-2022-JP and UTF-8 from Japanese mailers) comes out whole. An unknown charset or broken
 * encoding leaves that word as written.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String value) {
        Matcher m = WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int last = 0;
        while (m.find()) {
            String between = value.substring(last, m.start());
            String charset = m.group(1).replaceFirst("\\*.*$", "");
            boolean joins = pendingCharset != null && between.isBlank();
            if (!joins || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(joins ? "" : between);
            }
            byte[] bytes = bytes(m.group(2), m.group(3));
            if (bytes == null || !isSupported(charset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(m.group());
            } else {
                pending.writeBytes(bytes);
                pendingCharset = charset;
            }
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        return out.append(value.substring(last)).toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (charset != null) {
            out.append(new String(pending.toByteArray(), Charset.forName(charset)));
        }
        pending.reset();
    }

    private static byte[] bytes(String encoding, String text) {
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isSupported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
