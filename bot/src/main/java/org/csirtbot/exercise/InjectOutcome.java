package org.csirtbot.exercise;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.playbooks.exercise.Inject;

/**
 * How the room answered one inject: when it was delivered and answered (a response, or the first decision after it),
 * the response time in scenario time (real time × pace) and the result against {@code respond_within}.
 */
record InjectOutcome(Inject inject, Instant deliveredAt, Instant answeredAt, String answeredBy,
                     Duration scenarioResponseTime, Result result) {

    enum Result {
        MET, MISSED, NO_RESPONSE, NOT_DELIVERED, NONE_EXPECTED;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static InjectOutcome of(Inject inject, Incident.Exercise exercise, ExerciseRecords records) {
        LogEntry delivered = records.delivered().get(inject.id());
        if (delivered == null) {
            return new InjectOutcome(inject, null, null, null, null, Result.NOT_DELIVERED);
        }
        LogEntry answer = switch (inject.expects()) {
            case RESPONSE -> records.responses().get(inject.id());
            case DECISION -> records.firstDecisionSince(delivered.at()).orElse(null);
            case NONE -> null;
        };
        if (inject.expects() == Inject.Expects.NONE) {
            return new InjectOutcome(inject, delivered.at(), null, null, null, Result.NONE_EXPECTED);
        }
        if (answer == null) {
            return new InjectOutcome(inject, delivered.at(), null, null, null, Result.NO_RESPONSE);
        }
        Duration scenario = Duration.between(delivered.at(), answer.at()).multipliedBy(Math.max(1, exercise.pace()));
        boolean met = inject.respondWithin() == null || scenario.compareTo(inject.respondWithin()) <= 0;
        return new InjectOutcome(inject, delivered.at(), answer.at(), answer.actor(), scenario,
                met ? Result.MET : Result.MISSED);
    }

    /** A missed or unanswered inject becomes a suggested improvement item. */
    boolean needsImprovement() {
        return result == Result.MISSED || result == Result.NO_RESPONSE;
    }
}
