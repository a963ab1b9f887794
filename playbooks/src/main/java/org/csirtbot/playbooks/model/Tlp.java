package org.csirtbot.playbooks.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** TLP 2.0 labels, least restrictive first, so the ordinal says how restrictive a label is. */
public enum Tlp {
    @JsonProperty("TLP:CLEAR") CLEAR,
    @JsonProperty("TLP:GREEN") GREEN,
    @JsonProperty("TLP:AMBER") AMBER,
    @JsonProperty("TLP:AMBER+STRICT") AMBER_STRICT,
    @JsonProperty("TLP:RED") RED;

    public boolean moreRestrictiveThan(Tlp other) {
        return ordinal() > other.ordinal();
    }

    public String label() {
        return "TLP:" + name().replace("_STRICT", "+STRICT");
    }
}
