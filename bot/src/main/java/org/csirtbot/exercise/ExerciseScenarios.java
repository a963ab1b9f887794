package org.csirtbot.exercise;

import java.util.List;
import java.util.Optional;

import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.playbooks.exercise.ScenarioLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The scenarios that can be run: the shipped ones and those of {@code CSIRTBOT_EXERCISES_DIR}, read at start. */
@Component
public class ExerciseScenarios {

    private static final Logger log = LoggerFactory.getLogger(ExerciseScenarios.class);

    private final ScenarioLibrary library;

    ExerciseScenarios(ExerciseProperties properties) {
        this.library = ScenarioLibrary.builtIn(properties.directory());
        library.problems().forEach(p -> log.warn("Exercise scenario refused: {}", p));
        log.info("Exercise scenarios: {}", library.all().stream().map(Scenario::id).toList());
    }

    public Optional<Scenario> find(String id) {
        return library.find(id);
    }

    public List<Scenario> all() {
        return library.all();
    }
}
