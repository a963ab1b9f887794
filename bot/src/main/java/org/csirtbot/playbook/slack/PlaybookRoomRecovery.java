package org.csirtbot.playbook.slack;

import org.csirtbot.playbook.RunRecaps;
import org.csirtbot.slack.RecoveryStep;
import org.csirtbot.slack.SlackComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;

/**
 * Shows in the rooms what a run's change left unshown when the bot stopped between storing the change and writing its
 * messages to the outbox (ready steps posted, finished steps' messages updated, notices, the summary). Run by
 * {@link org.csirtbot.slack.SlackRecovery}, on start and every {@code csirtbot.recovery-interval}.
 *
 * <p>No second journal: what the room must show is derived from the stored run. Storing a change marks the run as not
 * known to be shown, in the same write. Here each such run is recapped from its state (the engine's recap: what still
 * stands, as the events that brought it there) and the recap is shown by {@link PlaybookRoom}, the same code that
 * shows each change as it happens. Every message is a Slack effect keyed by what it shows (the step, its round and its
 * recipient; the notice and what it is about; the summary at the run's version), exactly as when the change was
 * shown, so whatever the interrupted showing did write to the outbox is found there and not sent again: a ready step
 * already posted is only remembered with the run, a message already updated is left alone. Once every ready step is
 * posted, the run is marked shown at the version recapped; a run changed meanwhile is recapped again next time.
 */
@SlackComponent
@Order(2)
class PlaybookRoomRecovery implements RecoveryStep {

    private static final Logger log = LoggerFactory.getLogger(PlaybookRoomRecovery.class);

    private final RunRecaps recaps;
    private final PlaybookRoom room;

    PlaybookRoomRecovery(RunRecaps recaps, PlaybookRoom room) {
        this.recaps = recaps;
        this.room = room;
    }

    /** Shows each run not known as shown. */
    @Override
    public void recover() {
        for (RunRecaps.Recap recap : recaps.unshown()) {
            try {
                if (room.catchUp(recap)) {
                    recaps.shown(recap.run());
                }
            } catch (RuntimeException e) {
                log.info("The room of the run {} will be shown it again: {}", recap.run().id(), e.getMessage());
            }
        }
    }
}
