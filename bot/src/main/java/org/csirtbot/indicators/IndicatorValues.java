package org.csirtbot.indicators;

import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableExtraction;
import org.csirtbot.observables.ObservableType;

/**
 * An indicator's value as someone typed it (or a partner's bundle gives it), checked whole and written as the
 * observables found in reports are ({@link ObservableExtraction}), so one indicator is one record however it came in:
 * trimmed, host names, hashes and the domain of an address lower-cased (a host's trailing dot dropped, IDN to
 * punycode, a URL's default port left out and an empty path written {@code /}), IP addresses written one way. A value
 * the extraction would not find in text (a domain under a reserved name such as {@code .example}) is written the same
 * way here. {@link #read} is the one place this happens.
 */
public final class IndicatorValues {

    /** The longest value, in characters. */
    public static final int VALUE_MAX = 2048;

    private static final Map<ObservableType, Integer> HASH_LENGTHS = Map.of(
            ObservableType.MD5, 32, ObservableType.SHA1, 40, ObservableType.SHA256, 64);
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    private static final Pattern HOST = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern URL = Pattern.compile("([a-z][a-z0-9+.-]*)://([^/?#]*)(.*)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> DEFAULT_PORTS = Map.of("http", ":80", "https", ":443", "ftp", ":21");
    private static final ObservableExtraction EXTRACTION = new ObservableExtraction();

    private IndicatorValues() {
    }

    /** What is wrong with a value; {@link #describe} says it in English, the Slack adapter in the person's language. */
    public enum Problem { EMPTY, TOO_LONG, HASH_LENGTH, NOT_HEX, DOMAIN, URL, EMAIL, IPV4, IPV6, MESSAGE_ID }

    /** The value read: the observable, or what is wrong with it. */
    public record Read(Observable observable, Problem problem) {
        public boolean ok() {
            return observable != null;
        }
    }

    public static Read read(ObservableType type, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return problem(Problem.EMPTY);
        }
        if (value.length() > VALUE_MAX) {
            return problem(Problem.TOO_LONG);
        }
        String normal = switch (type) {
            case MD5, SHA1, SHA256 -> hash(type, value.toLowerCase(Locale.ROOT));
            case DOMAIN -> host(value);
            case URL -> url(value);
            case EMAIL -> email(value.regionMatches(true, 0, "mailto:", 0, 7) ? value.substring(7) : value);
            case IPV4 -> IpLiterals.v4(value);
            case IPV6 -> IpLiterals.v6(value);
            case SUBJECT -> value;
            case MESSAGE_ID -> messageId(value.startsWith("<") && value.endsWith(">")
                    ? value.substring(1, value.length() - 1).strip() : value);
        };
        return normal != null ? new Read(new Observable(type, asFound(type, normal)), null) : problem(switch (type) {
            case MD5, SHA1, SHA256 -> HEX.matcher(value.toLowerCase(Locale.ROOT)).matches()
                    ? Problem.HASH_LENGTH : Problem.NOT_HEX;
            case DOMAIN -> Problem.DOMAIN;
            case URL -> Problem.URL;
            case EMAIL -> Problem.EMAIL;
            case IPV4 -> Problem.IPV4;
            case IPV6 -> Problem.IPV6;
            default -> Problem.MESSAGE_ID;
        });
    }

    /** How many hexadecimal characters a hash of this type has (0: not a hash). */
    public static int hashLength(ObservableType type) {
        return HASH_LENGTHS.getOrDefault(type, 0);
    }

    /** The problem in English, for the API's answers. */
    public static String describe(ObservableType type, Problem problem) {
        return switch (problem) {
            case EMPTY -> "the value is empty";
            case TOO_LONG -> "the value is longer than " + VALUE_MAX + " characters";
            case HASH_LENGTH -> type.code() + " hashes are " + hashLength(type) + " hexadecimal characters long";
            case NOT_HEX -> "a hash is written in hexadecimal characters (0-9, a-f)";
            case DOMAIN -> "not a domain name";
            case URL -> "not a URL with a scheme and a host (such as https://example.com/path)";
            case EMAIL -> "not an e-mail address";
            case IPV4 -> "not an IPv4 address (with an optional /0-32 prefix)";
            case IPV6 -> "not an IPv6 address (with an optional /0-128 prefix)";
            case MESSAGE_ID -> "not a Message-ID (left@right, with or without angle brackets)";
        };
    }

    /** The value as the extraction writes what it finds in reports; as it is when it finds nothing of the type. */
    private static String asFound(ObservableType type, String normal) {
        if (type == ObservableType.SUBJECT || type == ObservableType.MESSAGE_ID) {
            return normal;
        }
        return EXTRACTION.from(normal).stream().filter(o -> o.type() == type).map(Observable::value).findFirst()
                .orElse(normal);
    }

    private static Read problem(Problem problem) {
        return new Read(null, problem);
    }

    private static String hash(ObservableType type, String value) {
        return value.length() == hashLength(type) && HEX.matcher(value).matches() ? value : null;
    }

    /** A host name lower-cased, in punycode, without its trailing dot; null when it is none. */
    static String host(String typed) {
        String host = typed.endsWith(".") ? typed.substring(0, typed.length() - 1) : typed;
        try {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHost) {
            return null;
        }
        return HOST.matcher(host).matches() ? host : null;
    }

    private static String url(String typed) {
        Matcher url = URL.matcher(typed);
        if (!url.matches() || typed.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String scheme = url.group(1).toLowerCase(Locale.ROOT);
        String authority = url.group(2);
        int at = authority.lastIndexOf('@');
        String user = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(']') + 1 : hostPort.lastIndexOf(':');
        String port = colon > 0 && colon < hostPort.length() && hostPort.charAt(colon) == ':'
                ? hostPort.substring(colon) : "";
        String hostPart = hostPort.substring(0, hostPort.length() - port.length());
        String host = hostPart.startsWith("[") ? bracketed(hostPart) : IpLiterals.v4(hostPart) != null
                ? IpLiterals.v4(hostPart) : host(hostPart);
        if (host == null || !port.matches("|:\\d{1,5}")) {
            return null;
        }
        String rest = url.group(3).isEmpty() || url.group(3).charAt(0) != '/' ? "/" + url.group(3) : url.group(3);
        return scheme + "://" + user + host + (port.equals(DEFAULT_PORTS.get(scheme)) ? "" : port) + rest;
    }

    private static String bracketed(String host) {
        String v6 = host.endsWith("]") ? IpLiterals.v6(host.substring(1, host.length() - 1)) : null;
        return v6 == null || v6.contains("/") ? null : "[" + v6 + "]";
    }

    private static String email(String typed) {
        int at = typed.lastIndexOf('@');
        if (at < 1 || typed.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        String domain = host(typed.substring(at + 1));
        return domain == null ? null : typed.substring(0, at) + "@" + domain;
    }

    private static String messageId(String typed) {
        int at = typed.lastIndexOf('@');
        boolean ok = at > 0 && at < typed.length() - 1 && typed.chars().noneMatch(c -> Character.isWhitespace(c)
                || c == '<' || c == '>');
        return ok ? typed : null;
    }
}
