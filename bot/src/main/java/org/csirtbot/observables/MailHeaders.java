package org.csirtbot.observables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.csirtbot.observables.MailAddresses.Mailbox;

/**
 * What a reporter's pasted mail headers say about the mail: who it claims to be from ({@code From}, and
 * {@code Sender} when another mailbox sent it), where bounces go ({@code Return-Path}), where replies go
 * ({@code Reply-To}), the subject (RFC 2047 decoded: UTF-8, ISO-2022-JP, Shift_JIS...), the Message-ID without its
 * angle brackets, and the public IP addresses that handed the mail on ({@code from} clauses of the {@code Received}
 * fields, and {@code X-Originating-IP}). Private, loopback and link-local addresses are left out: they are the
 * organisation's own relays and would make every mail look alike.
 *
 * @param from       the From address, normalised like any e-mail address
 * @param fromName   the From display name, decoded (empty when none)
 * @param sender     the Sender address
 * @param returnPath the Return-Path address (empty for the null path {@code <>})
 * @param replyTo    the first Reply-To address
 * @param subject    the decoded subject, white space folded to single spaces
 * @param messageId  the Message-ID, without {@code <>}, case kept
 * @param relays     public IPv4 and IPv6 addresses of the relays, in header order, each once
 */
public record MailHeaders(Optional<String> from, String fromName, Optional<String> sender, Optional<String> returnPath,
        Optional<String> replyTo, Optional<String> subject, Optional<String> messageId, List<String> relays) {

    private static final ObservableExtraction EXTRACTION = new ObservableExtraction();
    private static final Pattern FROM_CLAUSE = Pattern.compile("(?i)from\\s");
    private static final Pattern BY_CLAUSE = Pattern.compile("(?i)\\sby\\s");

    public MailHeaders {
        relays = List.copyOf(relays);
    }

    /** Reads pasted headers; text that holds none gives a {@code MailHeaders} with nothing in it. */
    public static MailHeaders parse(String pasted) {
        HeaderBlock block = HeaderBlock.read(pasted);
        Optional<Mailbox> from = block.first("From").flatMap(MailAddresses::first);
        return new MailHeaders(from.map(Mailbox::address), from.map(Mailbox::name).orElse(""),
                address(block, "Sender"), address(block, "Return-Path"), address(block, "Reply-To"),
                block.first("Subject").map(EncodedWords::decode).map(s -> s.replaceAll("\\s+", " ").strip())
                        .filter(s -> !s.isEmpty()),
                block.first("Message-ID").map(MailHeaders::withoutBrackets).filter(s -> !s.isEmpty()),
                relays(block));
    }

    /** Whether the text held none of the fields read here. */
    public boolean isEmpty() {
        return observables().isEmpty();
    }

    /** The addresses as EMAIL, then SUBJECT, MESSAGE_ID and the relays' IP addresses; each once. */
    public List<Observable> observables() {
        Set<Observable> out = new LinkedHashSet<>();
        Stream.of(from, sender, returnPath, replyTo).flatMap(Optional::stream)
                .forEach(a -> out.add(new Observable(ObservableType.EMAIL, a)));
        subject.ifPresent(s -> out.add(new Observable(ObservableType.SUBJECT, s)));
        messageId.ifPresent(id -> out.add(new Observable(ObservableType.MESSAGE_ID, id)));
        relays.forEach(ip -> out.add(new Observable(ip.contains(":") ? ObservableType.IPV6 : ObservableType.IPV4, ip)));
        return List.copyOf(out);
    }

    private static Optional<String> address(HeaderBlock block, String name) {
        return block.first(name).flatMap(MailAddresses::first).map(Mailbox::address);
    }

    private static String withoutBrackets(String id) {
        String s = id.strip();
        int open = s.indexOf('<');
        int close = s.indexOf('>', open + 1);
        return (open >= 0 && close > open ? s.substring(open + 1, close) : s).strip();
    }

    private static List<String> relays(HeaderBlock block) {
        List<String> texts = new ArrayList<>();
        for (String received : block.all("Received")) {
            if (FROM_CLAUSE.matcher(received).lookingAt()) {
                texts.add(BY_CLAUSE.split(received, 2)[0]);
            }
        }
        texts.addAll(block.all("X-Originating-IP"));
        Set<String> ips = new LinkedHashSet<>();
        for (String text : texts) {
            EXTRACTION.from(text).stream()
                    .filter(o -> o.type() == ObservableType.IPV4 || o.type() == ObservableType.IPV6)
                    .map(Observable::value).filter(PublicAddresses::isPublic).forEach(ips::add);
        }
        return List.copyOf(ips);
    }
}
