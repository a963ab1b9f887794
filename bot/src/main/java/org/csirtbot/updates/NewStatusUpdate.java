package org.csirtbot.updates;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A status update as its author gives it, before it is logged: the current status (required), the impact, the actions
 * under way, the next steps and what is needed from whom (each empty when not given), and when the next update is
 * promised (null when not: the severity's cadence then says when it is due).
 */
public record NewStatusUpdate(String status, String impact, String actions, String next, String needs,
                              Instant nextUpdateAt) {

    /** The longest text of one field, in characters: an update is read at a glance, and fits one Slack section. */
    public static final int TEXT_MAX = 2000;

    public NewStatusUpdate {
        status = orEmpty(status);
        impact = orEmpty(impact);
        actions = orEmpty(actions);
        next = orEmpty(next);
        needs = orEmpty(needs);
    }

    /** The data of its {@code status_update_posted} entry, as {@link StatusUpdates} reads it back. */
    Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status);
        data.put("impact", impact);
        data.put("actions", actions);
        data.put("next", next);
        data.put("needs", needs);
        data.put("nextUpdateAt", nextUpdateAt == null ? "" : nextUpdateAt.toString());
        return data;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
