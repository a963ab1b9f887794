package org.csirtbot.observables;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address and display name in an address header ({@code "山田 太郎" <taro@example.co.jp>},
 * {@code =?UTF-8?B?...?= <a@b.example>}, {@code a@b.example (Name)}); with several, the first.
 */
final class MailAddresses {

    private static final Pattern BARE = Pattern.compile("([^\\s<>(),;:\"]+@[^\\s<>(),;:\"]+)\\s*(?:\\((.*?)\\))?");

    private MailAddresses() {
    }

    /** A mailbox: the normalised address, and the decoded display name or empty. */
    record Mailbox(String address, String name) {
    }

    static Optional<Mailbox> first(String value) {
        int open = angleOutsideQuotes(value);
        int close = open < 0 ? -1 : value.indexOf('>', open);
        if (close > open) {
            String name = value.substring(0, open);
            return EmailScanner.normalised(value.substring(open + 1, close)).map(a -> new Mailbox(a, displayName(name)));
        }
        Matcher bare = BARE.matcher(value);
        if (bare.find()) {
            String comment = bare.group(2) == null ? "" : bare.group(2);
            return EmailScanner.normalised(bare.group(1)).map(a -> new Mailbox(a, displayName(comment)));
        }
        return Optional.empty();
    }

    /**
     * Where the first angle-addr starts, passing over quoted display names: in {@code "boss@example.com" <x@evil.example>}
     * the address is the one in angle brackets, whatever the name claims.
     */
    private static int angleOutsideQuotes(String value) {
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '<' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String displayName(String written) {
        String name = written.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return EncodedWords.decode(name).replaceAll("\\s+", " ").strip();
    }
}
