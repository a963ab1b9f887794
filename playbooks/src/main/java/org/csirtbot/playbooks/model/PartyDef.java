package org.csirtbot.playbooks.model;

import java.util.List;

/**
 * An audience outside the CSIRT; {@code tlpMax} is the most restrictive marking it may be sent; {@code partner} names
 * its entry in the bot's directory of outside organisations (docs/partners.md), when it has one.
 */
public record PartyDef(LText label, String kind, Tlp tlpMax, List<String> channels, String contact, String partner) {
    public PartyDef {
        channels = Lists.orEmpty(channels);
    }
}
