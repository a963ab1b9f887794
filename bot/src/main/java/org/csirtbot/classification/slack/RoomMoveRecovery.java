package org.csirtbot.classification.slack;

import org.csirtbot.classification.RoomMoves;
import org.csirtbot.slack.RecoveryStep;
import org.csirtbot.slack.SlackComponent;
import org.springframework.core.annotation.Order;

/**
 * Finishes the moves of rooms to private ones that a crash or an outage cut short, and makes those a stop between a
 * change and its move left unbegun (a restricted incident still in a public room). Run by
 * {@link org.csirtbot.slack.SlackRecovery}, on start and every {@code csirtbot.recovery-interval}, after rooms are
 * opened and playbook runs shown.
 */
@SlackComponent
@Order(3)
class RoomMoveRecovery implements RecoveryStep {

    private final RoomMoves moves;
    private final PrivateRoomMove move;

    RoomMoveRecovery(RoomMoves moves, PrivateRoomMove move) {
        this.moves = moves;
        this.move = move;
    }

    @Override
    public void recover() {
        moves.pending().forEach(move::move);
    }
}
