package org.csirtbot.campaigns;

import java.util.Arrays;

/** Where a campaign stands; {@link #code()} as stored. */
public enum CampaignStatus {
    OPEN("open"), DECLARED("declared"), MERGED("merged"), DISMISSED("dismissed");

    private final String code;

    CampaignStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static CampaignStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(OPEN);
    }
}
