package org.csirtbot.playbooks.model;

import java.util.List;

/** A message to parties or roles; sent only after {@code requiresApprovalBy} approved it, when set. */
public record Notify(List<String> audience, LText message, String channel, Tlp tlp, String requiresApprovalBy,
        boolean recordReceipt) {
    public Notify {
        audience = Lists.orEmpty(audience);
    }
}
