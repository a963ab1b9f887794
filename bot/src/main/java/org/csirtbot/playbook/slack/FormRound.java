package org.csirtbot.playbook.slack;

import java.util.Optional;

import org.csirtbot.playbook.PlaybookRun;

/**
 * Which round of a step a form was opened on, and how many rejections that step had then. A form submitted again
 * (Slack replays it, or it is sent a second time) once its step has moved on is recognised: a rejection already
 * applied is not applied again to the next round, nor to the approvals given since.
 */
record FormRound(int round, long rejections) {

    private static final char MARK = '@';

    static FormRound of(PlaybookRun run, String step) {
        return new FormRound(run.round(step), run.state().history().stream()
                .filter(h -> h.step().equals(step) && "rejected".equals(h.outcome())).count());
    }

    /** A form's metadata: the step it is about, then the round it was opened on. */
    static String metadata(StepRef ref, FormRound round) {
        return ref.value() + MARK + round.round + "." + round.rejections;
    }

    /** The step reference of a form's metadata, without its round. */
    static String ref(String metadata) {
        int mark = metadata == null ? -1 : metadata.lastIndexOf(MARK);
        return mark < 0 ? metadata : metadata.substring(0, mark);
    }

    /** The round a form was opened on; empty for a form that carries none (opened by an earlier version). */
    static Optional<FormRound> parse(String metadata) {
        int mark = metadata == null ? -1 : metadata.lastIndexOf(MARK);
        String[] parts = mark < 0 ? new String[0] : metadata.substring(mark + 1).split("\\.", -1);
        try {
            return parts.length == 2 ? Optional.of(new FormRound(Integer.parseInt(parts[0]), Long.parseLong(parts[1])))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(new FormRound(-1, -1));
        }
    }
}
