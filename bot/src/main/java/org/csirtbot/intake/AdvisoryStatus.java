package org.csirtbot.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where an advisory stands: nobody answered yet, someone is checking whether we are exposed, not affected (with the
 * reason), or an incident was opened from it. A notification has no status of its own: its report's is shown.
 */
public enum AdvisoryStatus {
    NEW, CHECKING, NOT_AFFECTED, INCIDENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AdvisoryStatus fromCode(String code) {
        return code == null ? NEW : valueOf(code.toUpperCase(Locale.ROOT));
    }

    /**
     * The statuses this one may follow: an answer may change until an incident is opened; opening one again (the form
     * was closed unsent) is allowed.
     */
    List<String> follows() {
        return Arrays.stream(values()).filter(s -> s != INCIDENT || this == INCIDENT).map(AdvisoryStatus::code).toList();
    }
}
