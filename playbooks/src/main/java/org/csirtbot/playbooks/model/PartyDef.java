package org.csirtbot.playbooks.model;

import java.util.List;

/** An audience outside the CSIRT; {@code tlpMax} is the most restrictive marking it may be sent. */
public record PartyDef(LText label, String kind, Tlp tlpMax, List<String> channels, String contact) {
    public PartyDef {
        channels = Lists.orEmpty(channels);
    }
}
