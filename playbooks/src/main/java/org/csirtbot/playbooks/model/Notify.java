package org.csirtbot.playbooks.model;

import java.util.List;

/**
 * A message to parties or roles; sent only after {@code requiresApprovalBy} approved it, when set. {@code template}
 * names the kind of communication whose approved text goes out ({@code employees}, {@code customers},
 * {@code individuals}, {@code public}, {@code media}; the bot's {@code /incident comms}), null when none does.
 */
public record Notify(List<String> audience, LText message, String channel, Tlp tlp, String requiresApprovalBy,
        boolean recordReceipt, String template) {

    /** The kinds of communication a notify step may name as its {@code template}. */
    public static final List<String> TEMPLATES = List.of("employees", "customers", "individuals", "public", "media");

    public Notify {
        audience = Lists.orEmpty(audience);
    }
}
