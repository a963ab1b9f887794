package org.csirtbot.exercise;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where exercise scenarios come from and how often their injects are checked.
 *
 * @param exercisesDir          a directory of scenarios ({@code *.yaml}, {@code *.yml}) added to the shipped ones,
 *                              replacing one with the same id ({@code CSIRTBOT_EXERCISES_DIR}); unset, the shipped
 *                              ones alone
 * @param exerciseCheckInterval how often running exercises are checked for injects that are due
 *                              ({@code CSIRTBOT_EXERCISE_CHECK_INTERVAL})
 */
@ConfigurationProperties("csirtbot")
public record ExerciseProperties(String exercisesDir, @DefaultValue("15s") Duration exerciseCheckInterval) {

    /** The directory, or null when none is set. */
    Path directory() {
        return exercisesDir == null || exercisesDir.isBlank() ? null : Path.of(exercisesDir.strip());
    }
}
