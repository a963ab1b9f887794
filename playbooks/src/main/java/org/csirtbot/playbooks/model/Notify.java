package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A message to parties or roles; sent only after {@code requiresApprovalBy} approved it, when set. {@code template}
 * names the kind of communication whose approved text goes out ({@code employees}, {@code customers},
 * {@code individuals}, {@code public}, {@code media}; the bot's {@code /incident comms}), null when none does.
 * {@code partners} ({@code partner:} in the file, one ID or a list) names the entries of the bot's directory of outside
 * organisations the message goes to ({@code jpcert}, {@code police}, …), whose contacts the step then shows; empty when
 * it goes to no outside organisation.
 */
public record Notify(List<String> audience, LText message, String channel, Tlp tlp, String requiresApprovalBy,
        boolean recordReceipt, String template,
        @JsonProperty("partner") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<String> partners) {

    /** The kinds of communication a notify step may name as its {@code template}. */
    public static final List<String> TEMPLATES = List.of("employees", "customers", "individuals", "public", "media");

    public Notify {
        audience = Lists.orEmpty(audience);
        partners = Lists.orEmpty(partners);
    }
}
