package org.csirtbot.playbooks.exercise;

import java.time.Duration;
import java.util.Locale;
import org.csirtbot.playbooks.model.LText;

/**
 * Something that happens during an exercise, {@code at} scenario time after its start: who it comes from, what the
 * room is told, and what answers it ({@code respondWithin} scenario time, null when nothing is expected).
 */
public record Inject(String id, Duration at, Kind kind, LText from, LText text, Expects expects,
                     Duration respondWithin) {

    /** Where an inject comes from. */
    public enum Kind {
        REPORT, MEDIA, REGULATOR, ATTACKER, MANAGEMENT, PARTNER, INFORMATION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What answers an inject: a person pressing its Respond button, a decision recorded in the room, or nothing. */
    public enum Expects {
        RESPONSE, DECISION, NONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
