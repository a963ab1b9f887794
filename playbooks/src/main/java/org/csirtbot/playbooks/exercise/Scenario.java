package org.csirtbot.playbooks.exercise;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.csirtbot.playbooks.model.LText;

/**
 * A tabletop exercise (csirt-exercise/1): the brief, what the exercise incident is declared as, and the injects
 * delivered into its room on a compressed clock ({@code pace} scenario minutes per real minute).
 */
public record Scenario(String id, LText name, LText brief, int pace, ScenarioIncident incident, boolean execChannel,
                       List<Inject> injects) {

    public static final String SCHEMA = "csirt-exercise/1";

    public Scenario {
        injects = List.copyOf(injects);
    }

    public Optional<Inject> inject(String injectId) {
        return injects.stream().filter(i -> i.id().equals(injectId)).findFirst();
    }

    /** How much real time {@code scenarioTime} takes at {@code pace} scenario minutes per real minute. */
    public static Duration realTime(Duration scenarioTime, int pace) {
        return scenarioTime.dividedBy(Math.max(1, pace));
    }
}
